import { describe, expect, it } from "vitest";
import { blockPolicy, readBlockComment, removeUnsupportedBlocks } from "./gutenberg";
import { ProblemLog } from "./problems";

describe("readBlockComment", () => {
  it.each([
    [" wp:paragraph ", { kind: "open", name: "paragraph" }],
    [' wp:heading {"level":3} ', { kind: "open", name: "heading" }],
    [" /wp:heading ", { kind: "close", name: "heading" }],
    [' wp:latest-posts {"postsToShow":3} /', { kind: "void", name: "latest-posts" }],
    [" wp:core/image ", { kind: "open", name: "image" }],
    [" wp:jetpack/slideshow ", { kind: "open", name: "jetpack/slideshow" }],
  ])("reads %j", (data, expected) => {
    expect(readBlockComment(data)).toEqual(expected);
  });

  it.each([" more ", "wp:paragraph", " wp: ", " wp:Paragraph "])("ignores %j", (data) => {
    expect(readBlockComment(data)).toBeNull();
  });
});

describe("blockPolicy", () => {
  it("converts text blocks, keeps the text of layout blocks and removes media and computed blocks", () => {
    expect(["paragraph", "columns", "video", "my-plugin/box"].map(blockPolicy)).toEqual(["convert", "keep-text", "remove", "keep-text"]);
  });
});

describe("removeUnsupportedBlocks", () => {
  function remove(html: string) {
    const log = new ProblemLog();
    return { html: removeUnsupportedBlocks(html, log), problems: log.list.map((problem) => problem.message) };
  }

  it("cuts removed blocks out and reports each block once, not the blocks inside a reported one", () => {
    const html =
      "<!-- wp:columns --><div><!-- wp:column --><p>A</p><!-- /wp:column --><!-- wp:video --><video></video><!-- /wp:video --></div><!-- /wp:columns -->" +
      "<!-- wp:audio --><audio></audio><!-- /wp:audio --><!-- wp:latest-posts /-->";
    expect(remove(html)).toEqual({
      html: "<!-- wp:columns --><div><!-- wp:column --><p>A</p><!-- /wp:column --></div><!-- /wp:columns --><!-- wp:latest-posts /-->",
      problems: [
        "Bloc [columns] non pris en charge : son texte est gardé en paragraphes.",
        "Bloc [video] non pris en charge : retiré.",
        "Bloc [audio] non pris en charge : retiré.",
        "Bloc [latest-posts] non pris en charge : retiré.",
      ],
    });
  });

  it("keeps the text of a block to remove when its closing comment is missing", () => {
    expect(remove("<!-- wp:video --><p>Légende</p>")).toEqual({
      html: "<!-- wp:video --><p>Légende</p>",
      problems: ["Bloc [video] non pris en charge : son texte est gardé en paragraphes."],
    });
  });
});
