import { describe, expect, it } from "vitest";
import { bodyImages, bodyMediaIds } from "./images";

const image = (src: string, mediaId?: string) => ({ type: "image", attrs: { src, alt: "Une photo", ...(mediaId ? { mediaId } : {}) } });

describe("the images of a body", () => {
  it("are found in lists and quotes too, in reading order, once per medium", () => {
    const doc = {
      type: "doc",
      content: [
        image("/medias/a.jpg", "m1"),
        { type: "blockquote", content: [image("/medias/b.jpg", "m2")] },
        { type: "bulletList", content: [{ type: "listItem", content: [image("/medias/c.jpg", "m1"), { type: "paragraph", content: [] }] }] },
        image("/medias/d.jpg"),
      ],
    };
    expect(bodyImages(doc).map((node) => node.attrs.src)).toEqual(["/medias/a.jpg", "/medias/b.jpg", "/medias/c.jpg", "/medias/d.jpg"]);
    expect(bodyMediaIds(doc)).toEqual(["m1", "m2"]);
  });

  it("ignore what the allow-list drops", () => {
    expect(bodyMediaIds({ type: "doc", content: [image("https://ailleurs.example/x.jpg", "m9"), { type: "video", attrs: { mediaId: "m8" } }] })).toEqual([]);
    expect(bodyMediaIds(null)).toEqual([]);
  });
});
