import { describe, expect, it } from "vitest";
import { compareRevisions, diffList, diffText, diffValue, type DiffPart } from "./revision-diff";

const doc = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

/** The diff written as "[-removed-]{+added+}", to read the expectations at a glance. */
const show = (parts: DiffPart[]) => parts.map((part) => (part.kind === "added" ? `{+${part.text}+}` : part.kind === "removed" ? `[-${part.text}-]` : part.text)).join("");

describe("diffText", () => {
  it("finds nothing to show between two equal texts", () => {
    const same = diffText("Le continuum de sécurité", "Le continuum de sécurité");
    expect(same).toEqual({ changed: false, parts: [{ kind: "same", text: "Le continuum de sécurité" }], addedWords: 0, removedWords: 0, replacedWhole: false });
    expect(diffText("", "")).toMatchObject({ changed: false, parts: [] });
  });

  it("marks the words inserted", () => {
    const result = diffText("Les rédacteurs se sont rencontrés.", "Les 23 rédacteurs se sont rencontrés.");
    expect(show(result.parts)).toBe("Les {+23 +}rédacteurs se sont rencontrés.");
    expect(result).toMatchObject({ changed: true, addedWords: 1, removedWords: 0 });
  });

  it("marks the words deleted", () => {
    const result = diffText("Réunis à l’ENSP hier, les rédacteurs", "Réunis à l’ENSP, les rédacteurs");
    expect(show(result.parts)).toBe("Réunis à l’ENSP[- hier-], les rédacteurs");
    expect(result).toMatchObject({ changed: true, addedWords: 0, removedWords: 1 });
  });

  it("keeps accented words whole, ligatures and capitals included", () => {
    expect(show(diffText("Un élève de l’École", "Une élève de l’École").parts)).toBe("[-Un-]{+Une+} élève de l’École");
    expect(show(diffText("La sœur est arrivée", "La sœur est partie").parts)).toBe("La sœur est [-arrivée-]{+partie+}");
    expect(show(diffText("Été 2026", "ÉTÉ 2026").parts)).toBe("[-Été-]{+ÉTÉ+} 2026");
  });

  it("keeps the paragraph breaks of the text that stays", () => {
    const result = diffText("Premier paragraphe.\n\nSecond paragraphe.", "Premier paragraphe.\n\nSecond paragraphe, plus long.");
    expect(show(result.parts)).toBe("Premier paragraphe.\n\nSecond paragraphe{+, plus long+}.");
  });

  it("shows a text that appears or disappears whole", () => {
    expect(diffText("", "Un chapô tout neuf.")).toMatchObject({ changed: true, parts: [{ kind: "added", text: "Un chapô tout neuf." }], addedWords: 4 });
    expect(diffText("Un ancien chapô.", "")).toMatchObject({ changed: true, parts: [{ kind: "removed", text: "Un ancien chapô." }], removedWords: 3 });
  });

  it("compares long texts word by word", () => {
    const paragraph = (n: number) => `Paragraphe ${n} : les élèves de la promotion ont suivi leur formation à l’École pendant douze mois.`;
    const before = Array.from({ length: 300 }, (_, n) => paragraph(n)).join("\n\n");
    const after = before.replace("Paragraphe 150 :", "Paragraphe 150 révisé :");
    const result = diffText(before, after);
    expect(result).toMatchObject({ changed: true, addedWords: 1, removedWords: 0, replacedWhole: false });
    expect(result.parts.filter((part) => part.kind === "added")).toEqual([{ kind: "added", text: "révisé " }]);
    expect(result.parts.map((part) => part.text).join("")).toBe(after);
  });

  it("shows two texts too far apart as replaced whole rather than taking too long", () => {
    const before = Array.from({ length: 50 }, (_, n) => `mot${n}`).join(" ");
    const after = Array.from({ length: 50 }, (_, n) => `autre${n}`).join(" ");
    const result = diffText(before, after, { maxEditLength: 10 });
    expect(result).toMatchObject({ changed: true, replacedWhole: true, removedWords: 50, addedWords: 50 });
    expect(result.parts).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  });

  it("does not count a change of spacing alone as a change", () => {
    expect(diffText("Un  texte", "Un texte").changed).toBe(false);
  });
});

describe("diffValue and diffList", () => {
  it("show a category replaced whole", () => {
    expect(diffValue("Partenariats", "Partenariats")).toMatchObject({ changed: false, parts: [{ kind: "same", text: "Partenariats" }] });
    expect(diffValue("Partenariats", "Vie de l’École").parts).toEqual([
      { kind: "removed", text: "Partenariats" },
      { kind: "added", text: "Vie de l’École" },
    ]);
  });

  it("treat tags as a set, in French alphabetical order", () => {
    expect(diffList(["Sécurité", "Europe", "Élèves"], ["Europe", "Sécurité"])).toEqual({ changed: true, added: [], removed: ["Élèves"], kept: ["Europe", "Sécurité"] });
    expect(diffList(["Europe"], ["Europe", "Éducation", "Armée"])).toEqual({ changed: true, added: ["Armée", "Éducation"], removed: [], kept: ["Europe"] });
    expect(diffList(["B", "A"], ["A", "B"]).changed).toBe(false);
  });
});

describe("compareRevisions", () => {
  const base = { title: "Continuum de sécurité", excerpt: "Réunis à l’ENSP hier.", categoryName: "Partenariats", tagNames: ["Europe"], body: doc("Premier paragraphe.", "Second paragraphe.") };

  it("reads the body as plain text, paragraph by paragraph", () => {
    const result = compareRevisions(base, { ...base, body: doc("Premier paragraphe.", "Second paragraphe modifié.") });
    expect(result.changed).toBe(true);
    expect(show(result.body.parts)).toBe("Premier paragraphe.\n\nSecond paragraphe {+modifié+}.");
    expect([result.title.changed, result.excerpt.changed, result.category.changed, result.tags.changed]).toEqual([false, false, false, false]);
  });

  it("says when nothing changed between two revisions", () => {
    expect(compareRevisions(base, { ...base, tagNames: ["Europe"] }).changed).toBe(false);
  });

  it("compares every field", () => {
    const result = compareRevisions(base, { title: "Continuum", excerpt: "Réunis hier.", categoryName: "Vie de l’École", tagNames: [], body: doc("Premier paragraphe.", "Second paragraphe.") });
    expect(show(result.title.parts)).toBe("Continuum[- de sécurité-]");
    expect(show(result.excerpt.parts)).toBe("Réunis [-à l’ENSP -]hier.");
    expect(result.category.changed).toBe(true);
    expect(result.tags).toMatchObject({ removed: ["Europe"], added: [] });
    expect(result.body.changed).toBe(false);
  });

  it("ignores what the public page does not show as text (unknown nodes)", () => {
    const withScript = { type: "doc", content: [...doc("Premier paragraphe.", "Second paragraphe.").content, { type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    expect(compareRevisions(base, { ...base, body: withScript }).body.changed).toBe(false);
  });
});
