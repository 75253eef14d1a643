import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken, MAX_FILL_MS, MIN_FILL_MS } from "./form-token";

describe("the form's signed clock", () => {
  const shown = Date.UTC(2026, 11, 1, 9);
  const token = issueFormToken("/actualites/un-article", shown);

  it("accepts a form filled in like a person does", () => {
    expect(checkFormToken(token, "/actualites/un-article", shown + MIN_FILL_MS)).toBe("ok");
  });
  it("refuses a form sent at once, or after a day", () => {
    expect(checkFormToken(token, "/actualites/un-article", shown + MIN_FILL_MS - 1)).toBe("too-fast");
    expect(checkFormToken(token, "/actualites/un-article", shown + MAX_FILL_MS + 1)).toBe("expired");
  });
  it("refuses a token moved to another page, an earlier time or garbage", () => {
    expect(checkFormToken(token, "/", shown + 10_000)).toBe("invalid");
    expect(checkFormToken(token.replace(String(shown), String(shown - 60_000)), "/actualites/un-article", shown + 10_000)).toBe("invalid");
    expect(checkFormToken("n'importe quoi", "/", shown)).toBe("invalid");
    expect(checkFormToken("", "/", shown)).toBe("invalid");
  });
});
