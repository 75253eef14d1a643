import { describe, expect, it } from "vitest";
import { XmlCharFilter } from "./xml-char-filter";

function filterIn(pieces: string[]): { text: string; removed: number } {
  const filter = new XmlCharFilter();
  const text = pieces.map((piece) => filter.push(piece)).join("") + filter.flush();
  return { text, removed: filter.removed };
}

describe("XmlCharFilter", () => {
  it("removes control characters, U+FFFE/U+FFFF and lone surrogates, and keeps tab, line breaks and the rest", () => {
    expect(filterIn(["a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\u007Fg\t\n\r\uFFFE\uFFFF\uDC00é🎉"])).toEqual({ text: "abcdef\u007Fg\t\n\ré🎉", removed: 8 });
  });

  it("removes references to forbidden characters, decimal or hexadecimal, and keeps the others", () => {
    expect(filterIn(["&#0;&#1;&#x1F;&#X0b;&#xFFFE;&#9;&#233;&#x1F389;&amp;#1;"])).toEqual({ text: "&#9;&#233;&#x1F389;&amp;#1;", removed: 5 });
  });

  it("holds back what a chunk's end cuts: a surrogate pair, a reference", () => {
    expect(filterIn(["a\uD83C", "\uDF89b"])).toEqual({ text: "a🎉b", removed: 0 });
    expect(filterIn(["x&", "#", "x1", "F;y&#2", "33;"])).toEqual({ text: "xy&#233;", removed: 1 });
    expect(filterIn(["fin \uD83C"])).toEqual({ text: "fin ", removed: 1 });
    expect(filterIn(["a & b &", "amp; c"])).toEqual({ text: "a & b &amp; c", removed: 0 });
  });

  it("gives each character back as soon as nothing can change it", () => {
    const filter = new XmlCharFilter();
    expect(filter.push("<p>texte")).toBe("<p>texte");
    expect(filter.push(" suite &")).toBe(" suite ");
    expect(filter.push("amp;</p>")).toBe("&amp;</p>");
    expect(filter.flush()).toBe("");
  });
});
