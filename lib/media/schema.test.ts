import { describe, expect, it } from "vitest";
import { ALT_IS_FILE_NAME, ALT_REQUIRED, mediaListQuerySchema, updateMediaSchema, uploadFieldsSchema } from "./schema";

const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("uploadFieldsSchema", () => {
  it("requires an alternative text unless the image is decorative, and then drops it", () => {
    expect(errors(uploadFieldsSchema.safeParse({ alt: "  " }))).toEqual({ alt: ALT_REQUIRED });
    expect(uploadFieldsSchema.parse({ alt: "texte oublié", decorative: "on" })).toEqual({ alt: "", decorative: true, caption: "" });
    expect(uploadFieldsSchema.parse({ alt: " Les élèves sur le parvis ", caption: "Promotion 2026" })).toEqual({
      alt: "Les élèves sur le parvis",
      decorative: false,
      caption: "Promotion 2026",
    });
  });

  it("refuses a file name as alternative text", () => {
    for (const alt of ["IMG_1234.jpg", "DSC01234", "photo.png", "PXL_20260514"]) expect(errors(uploadFieldsSchema.safeParse({ alt }))).toEqual({ alt: ALT_IS_FILE_NAME });
    expect(uploadFieldsSchema.safeParse({ alt: "Photo de classe" }).success).toBe(true);
  });

  it("keeps a credit sent empty, and leaves an absent one to the settings' default", () => {
    expect(uploadFieldsSchema.parse({ alt: "a", credit: "" }).credit).toBe("");
    expect(uploadFieldsSchema.parse({ alt: "a" }).credit).toBeUndefined();
    expect(uploadFieldsSchema.parse({ alt: "a", credit: " © ENSP " }).credit).toBe("© ENSP");
  });
});

describe("updateMediaSchema", () => {
  const base = { id: "c".repeat(25), updatedAt: "2026-05-14T10:00:00.000Z", alt: "Le parvis", caption: "", credit: "© ENSP" };

  it("reads the focal point in percent and stores fractions", () => {
    const parsed = updateMediaSchema.parse({ ...base, focalX: "30", focalY: "72,5" });
    expect([parsed.focalX, parsed.focalY]).toEqual([0.3, 0.725]);
    expect(updateMediaSchema.parse({ ...base, focalX: "0", focalY: "100" })).toMatchObject({ focalX: 0, focalY: 1 });
  });

  it("refuses a focal point outside the image, or not a number", () => {
    expect(errors(updateMediaSchema.safeParse({ ...base, focalX: "101", focalY: "-1" }))).toEqual({
      focalX: "Point d’intérêt, position horizontale : un nombre de 0 à 100.",
      focalY: "Point d’intérêt, position verticale : un nombre de 0 à 100.",
    });
    expect(errors(updateMediaSchema.safeParse({ ...base, focalX: "abc", focalY: "" }))).toMatchObject({
      focalX: "Point d’intérêt, position horizontale : un nombre de 0 à 100.",
    });
  });
});

describe("mediaListQuerySchema", () => {
  it("reads the library's query string", () => {
    expect(mediaListQuerySchema.parse({})).toEqual({ q: undefined, utilisation: "toutes", miennes: false, page: 1 });
    expect(mediaListQuerySchema.parse({ q: " parvis ", utilisation: "inutilisees", miennes: "1", page: "3" })).toEqual({
      q: "parvis",
      utilisation: "inutilisees",
      miennes: true,
      page: 3,
    });
    expect(mediaListQuerySchema.safeParse({ utilisation: "autre" }).success).toBe(false);
    expect(mediaListQuerySchema.safeParse({ page: "0" }).success).toBe(false);
  });
});
