import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./schemas";

describe("where to go after signing in", () => {
  it.each([
    ["/admin/journal?action=auth.sign_in", "/admin/journal?action=auth.sign_in"],
    ["/admin/personnes/abc", "/admin/personnes/abc"],
    [undefined, "/admin"],
    ["", "/admin"],
    ["https://ailleurs.example/admin", "/admin"],
    ["//ailleurs.example/admin", "/admin"],
    ["/\\ailleurs.example", "/admin"],
    ["/actualites", "/admin"],
    ["/admin/connexion?callbackUrl=/admin", "/admin"],
    ["/admin /x", "/admin"],
  ])("%j → %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});
