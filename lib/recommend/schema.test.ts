import { describe, expect, it } from "vitest";
import { recipientProblem } from "./schema";

describe("recipientProblem", () => {
  it.each([
    ["camille@exemple.fr", null],
    ["camille.durand+ensp@sous.domaine.exemple.fr", null],
    ["c@exemple.café", null],
    ["camille@xn--exempl-gva.fr", null],
    ["camille@exemple.fr\r\nBcc: x@y.fr", "control"],
    ["camille@exemple.fr\u0085", "control"],
    ["a@b.fr,c@d.fr", "several"],
    ["a@b.fr c@d.fr", "several"],
    ["a@b@c.fr", "several"],
    ["camille@[192.168.0.1]", "internal"],
    ["camille@192.168.0.1", "internal"],
    ["camille@localhost", "syntax"],
    ["camille@mon.localhost", "internal"],
    ["camille@imprimante.lan", "internal"],
    ["camille@site.example", "internal"],
    ["camille@exemple.f", "syntax"],
    ["camille@exemple..fr", "syntax"],
    ["camille.@exemple.fr", "syntax"],
    ["camille", "syntax"],
    ["x".repeat(65) + "@exemple.fr", "syntax"],
  ] as const)("%j → %s", (address, problem) => {
    expect(recipientProblem(address)).toBe(problem);
  });
});
