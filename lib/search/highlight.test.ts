import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, splitHighlights, stripHighlights } from "./highlight";

describe("splitHighlights", () => {
  it("splits plain and highlighted parts in order", () => {
    expect(splitHighlights(`La ${S}sécurité${E} du ${S}quotidien${E}.`)).toEqual([
      { text: "La ", highlighted: false },
      { text: "sécurité", highlighted: true },
      { text: " du ", highlighted: false },
      { text: "quotidien", highlighted: true },
      { text: ".", highlighted: false },
    ]);
  });

  it("handles text without markers, at the edges and empty", () => {
    expect(splitHighlights("Rien à signaler")).toEqual([{ text: "Rien à signaler", highlighted: false }]);
    expect(splitHighlights(`${S}Police${E}`)).toEqual([{ text: "Police", highlighted: true }]);
    expect(splitHighlights("")).toEqual([]);
  });

  it("merges adjacent highlights and drops empty ones", () => {
    expect(splitHighlights(`${S}police${E}${S} nationale${E}${S}${E} !`)).toEqual([
      { text: "police nationale", highlighted: true },
      { text: " !", highlighted: false },
    ]);
  });

  it("tolerates unbalanced markers without ever showing them", () => {
    expect(splitHighlights(`a${E}b ${S}c`)).toEqual([
      { text: "ab ", highlighted: false },
      { text: "c", highlighted: true },
    ]);
    expect(splitHighlights(`${S}a${S}b${E}c`)).toEqual([
      { text: "ab", highlighted: true },
      { text: "c", highlighted: false },
    ]);
  });

  it("keeps markup-looking text as text", () => {
    expect(splitHighlights(`<b>${S}<i>${E}</b> <<<x>>>`)).toEqual([
      { text: "<b>", highlighted: false },
      { text: "<i>", highlighted: true },
      { text: "</b> <<<x>>>", highlighted: false },
    ]);
  });
});

describe("stripHighlights", () => {
  it("removes the markers only", () => {
    expect(stripHighlights(`La ${S}sécurité${E} <<<`)).toBe("La sécurité <<<");
  });
});
