import { describe, expect, it } from "vitest";
import { ProblemLog } from "./problems";
import { expandShortcodes, PLACEHOLDER_TAG } from "./shortcodes";

function expand(html: string) {
  const log = new ProblemLog();
  const { html: result, placeholders } = expandShortcodes(html, log);
  return { html: result, placeholders, problems: log.list.map((problem) => problem.message) };
}

const marker = (index: number) => `<${PLACEHOLDER_TAG} data-index="${index}"></${PLACEHOLDER_TAG}>`;

describe("expandShortcodes", () => {
  it("leaves a body without shortcodes untouched", () => {
    expect(expand("<p>Rien [1] ni [NDLR : rien] ni […] ni [sic] à voir.</p>")).toEqual({
      html: "<p>Rien [1] ni [NDLR : rien] ni […] ni [sic] à voir.</p>",
      placeholders: [],
      problems: [],
    });
  });

  it("turns a caption into a figure, the text after the image being its caption", () => {
    expect(expand('[caption id="attachment_12" width="300"]<a href="/x"><img src="x.jpg" /></a> La légende[/caption]')).toEqual({
      html: `<figure>${marker(0)}<a href="/x"><img src="x.jpg" /></a><figcaption> La légende</figcaption></figure>`,
      placeholders: [{ kind: "caption", attachmentId: 12 }],
      problems: [],
    });
  });

  it("reads an older caption kept in an attribute", () => {
    expect(expand('[caption caption="Ancienne légende"]<img src="x.jpg" />[/caption]').html).toBe(
      `<figure>${marker(0)}<img src="x.jpg" /><figcaption>Ancienne légende</figcaption></figure>`,
    );
  });

  it("leaves a gallery's ids in a placeholder, and reports a gallery without any", () => {
    expect(expand('[gallery ids="12, 13,x,14"] [gallery columns="3"]')).toEqual({
      html: `${marker(0)} `,
      placeholders: [{ kind: "gallery", ids: [12, 13, 14] }],
      problems: ["Shortcode [gallery] sans liste d’images (ids) : retiré."],
    });
  });

  it("removes an unknown shortcode, keeping what it encloses as a block", () => {
    expect(expand('A [contact-form-7 id="3" title="Contact"] B [toggle title="x"]<b>Dedans</b>[/toggle] C [video][/video] D [audio /]')).toEqual({
      html: "A  B <div><b>Dedans</b></div> C  D ",
      placeholders: [],
      problems: [
        "Shortcode inconnu [contact-form-7] : retiré.",
        "Shortcode inconnu [toggle] : balises retirées, contenu gardé en paragraphe.",
        "Shortcode inconnu [video] : retiré.",
        "Shortcode inconnu [audio] : retiré.",
      ],
    });
  });

  it("makes escaped shortcodes their literal text", () => {
    expect(expand("[[foo]] et [[bar x=1]texte[/bar]]").html).toBe("[foo] et [bar x=1]texte[/bar]");
  });

  it("expands nested shortcodes and drops closing tags left alone", () => {
    expect(expand("[a][b]x[/b][/a] [/c] [d][e][/d][/e]")).toEqual({
      html: "<div><div>x</div></div>  <div></div>",
      placeholders: [],
      problems: [
        "Shortcode inconnu [a] : balises retirées, contenu gardé en paragraphe.",
        "Shortcode inconnu [b] : balises retirées, contenu gardé en paragraphe.",
        "Shortcode inconnu [d] : balises retirées, contenu gardé en paragraphe.",
        "Shortcode inconnu [e] : retiré.",
      ],
    });
  });

  it("pairs a closing tag with the outer of two shortcodes of the same name, as WordPress does", () => {
    expect(expand("[a]un [a]deux[/a] trois[/a]").html).toBe("<div>un deux</div> trois");
  });

  it("never reads a shortcode inside a tag, a comment or a script", () => {
    const html = '<img alt="[foo]" title=\'a > [bar]\'><!-- [baz] --><script>x = [qux];</script>';
    expect(expand(html)).toEqual({ html, placeholders: [], problems: [] });
  });

  it("stays linear on many opening tags that are never closed", () => {
    const started = Date.now();
    const { problems } = expand("[a x] ".repeat(100_000) + "[/b]".repeat(50_000));
    expect(problems).toEqual(["Shortcode inconnu [a] : retiré."]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
