import { describe, expect, it } from "vitest";
import { resultCountText } from "./result-count";

// Non-breaking spaces, written out so that they show in the test.
const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("resultCountText", () => {
  it("says how many results, in French, with guillemets that never break from their word", () => {
    expect(resultCountText(12, "sécurité")).toBe(`12 résultats pour «${NBSP}sécurité${NBSP}»`);
    expect(resultCountText(1, "sécurité")).toBe(`1 résultat pour «${NBSP}sécurité${NBSP}»`);
    expect(resultCountText(0, "sécurité")).toBe(`Aucun résultat pour «${NBSP}sécurité${NBSP}»`);
    expect(resultCountText(10_000, "police")).toBe(`10${NNBSP}000 résultats pour «${NBSP}police${NBSP}»`);
  });
});
