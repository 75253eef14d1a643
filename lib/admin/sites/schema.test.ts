import { describe, expect, it } from "vitest";
import { normalizeFrenchPhone, siteSchema } from "./schema";

const valid = {
  name: "Site de Cannes-Écluse",
  addressLines: "BP 50097",
  postcode: "77875",
  city: "MONTEREAU Cedex",
  addressLayout: "INLINE",
  phone: "01 64 69 35 00",
};

function fieldErrors(input: Record<string, unknown>): Record<string, string> {
  const result = siteSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("a French phone number", () => {
  it.each([
    ["04 72 53 18 50", "04 72 53 18 50"],
    ["0472531850", "04 72 53 18 50"],
    ["04.72.53.18.50", "04 72 53 18 50"],
    ["04-72-53-18-50", "04 72 53 18 50"],
    ["+33 4 72 53 18 50", "04 72 53 18 50"],
    ["+33 (0)4 72 53 18 50", "04 72 53 18 50"],
    ["0033 1 64 69 35 00", "01 64 69 35 00"],
    ["06 12 34 56 78", "06 12 34 56 78"],
  ])("reads %j as %j", (input, expected) => {
    expect(normalizeFrenchPhone(input)).toBe(expected);
  });

  it.each(["", "04 72 53 18", "04 72 53 18 50 1", "00 72 53 18 50", "4 72 53 18 50", "+44 20 7946 0958", "04 72 AB 18 50", "+33 0 72 53 18 50"])(
    "refuses %j",
    (input) => {
      expect(normalizeFrenchPhone(input)).toBeNull();
    },
  );
});

describe("the site form", () => {
  it("reads the letterhead's address, one line per line, and stores the phone in the national form", () => {
    const result = siteSchema.parse({ ...valid, addressLines: "  9, rue Carnot \r\n\r\n Bâtiment B  ", phone: "+33472531850", isHeadquarters: "on" });
    expect(result).toEqual({
      ...valid,
      addressLines: ["9, rue Carnot", "Bâtiment B"],
      phone: "04 72 53 18 50",
      isHeadquarters: true,
    });
  });

  it("takes one to four address lines", () => {
    expect(fieldErrors({ ...valid, addressLines: " \n " })).toHaveProperty("addressLines", expect.stringMatching(/obligatoire/));
    expect(fieldErrors({ ...valid, addressLines: "1\n2\n3\n4" })).toEqual({});
    expect(fieldErrors({ ...valid, addressLines: "1\n2\n3\n4\n5" })).toEqual({ addressLines: "Adresse : 4 lignes au plus." });
    expect(fieldErrors({ ...valid, addressLines: "x".repeat(101) })).toEqual({ addressLines: expect.stringMatching(/100 caractères/) });
  });

  it("explains each refusal in French, on its field", () => {
    expect(fieldErrors({ ...valid, name: "", postcode: "7787", city: "", addressLayout: "DIAGONAL", phone: "12" })).toEqual({
      name: "Nom du site : ce champ est obligatoire.",
      postcode: "Code postal : cinq chiffres, par exemple 69450.",
      city: "Ville : ce champ est obligatoire.",
      addressLayout: "Choisissez la présentation de l’adresse.",
      phone: expect.stringMatching(/^Téléphone : saisissez un numéro français/),
    });
  });

  it("accepts a postcode typed with a space", () => {
    expect(siteSchema.parse({ ...valid, postcode: "77 875" }).postcode).toBe("77875");
  });
});
