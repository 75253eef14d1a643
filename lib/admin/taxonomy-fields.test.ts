import { describe, expect, it } from "vitest";
import { categorySchema } from "./categories/schema";
import { mergeTagsSchema, tagSchema } from "./tags/schema";

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the slug of a category or tag form", () => {
  it("is made from the name when left empty", () => {
    expect(categorySchema.parse({ name: "Vie de l’École", slug: "  ", description: "" }).slug).toBe("vie-de-lecole");
    expect(tagSchema.parse({ name: "Sécurité routière" }).slug).toBe("securite-routiere");
  });

  it("is kept as typed, spaces around forgiven", () => {
    expect(tagSchema.parse({ name: "Sécurité routière", slug: " route " }).slug).toBe("route");
  });

  it("follows the site's one slug rule, explained in French on the slug field", () => {
    expect(errors(tagSchema.safeParse({ name: "Sport", slug: "Sport Été" }))).toEqual({
      slug: "L’adresse (slug) ne contient que des lettres minuscules sans accent, des chiffres et des tirets simples.",
    });
    expect(errors(tagSchema.safeParse({ name: "Sport", slug: "a".repeat(201) }))).toEqual({ slug: expect.stringMatching(/200 caractères/) });
    expect(errors(tagSchema.safeParse({ name: "—", slug: "" }))).toEqual({ slug: expect.stringMatching(/saisissez-la/) });
  });

  it("is not made from a missing name: the name's own error says what to do", () => {
    expect(errors(categorySchema.safeParse({ name: " ", slug: "", description: "" }))).toEqual({ name: "Nom : ce champ est obligatoire." });
  });
});

describe("the merge form", () => {
  const ids = { sourceId: "c".repeat(25), targetId: "d".repeat(25) };

  it("needs a target other than the source, and a confirmation", () => {
    expect(mergeTagsSchema.safeParse({ ...ids, confirm: "on" }).success).toBe(true);
    expect(errors(mergeTagsSchema.safeParse({ ...ids, targetId: "" }))).toEqual({
      targetId: "Choisissez le mot-clé qui reste.",
      confirm: "Cochez la case pour confirmer la fusion.",
    });
    expect(errors(mergeTagsSchema.safeParse({ ...ids, targetId: ids.sourceId, confirm: "on" }))).toEqual({
      targetId: "Choisissez un autre mot-clé que celui-ci.",
    });
  });
});
