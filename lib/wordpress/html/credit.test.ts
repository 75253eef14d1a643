import { describe, expect, it } from "vitest";
import { splitCredit } from "./credit";

describe("splitCredit", () => {
  it.each([
    ["Légende © ENSP", { caption: "Légende", credit: "© ENSP" }],
    ["Légende – ©ENSP", { caption: "Légende", credit: "© ENSP" }],
    ["Légende (© Jean Dupont)", { caption: "Légende", credit: "© Jean Dupont" }],
    ["© ENSP", { credit: "© ENSP" }],
    ["La cour du lycée. Crédit : Jean Dupont", { caption: "La cour du lycée.", credit: "Jean Dupont" }],
    ["La cour du lycée, crédits photo: Jean Dupont", { caption: "La cour du lycée", credit: "Jean Dupont" }],
    ["Crédit : © ENSP", { credit: "© ENSP" }],
  ])("splits the credit off %j", (caption, expected) => {
    expect(splitCredit(caption)).toEqual(expected);
  });

  it.each([
    ["Une légende sans crédit", { caption: "Une légende sans crédit" }],
    ["Le sigle ©", { caption: "Le sigle ©" }],
    ["Les crédits de l’année", { caption: "Les crédits de l’année" }],
    [`Photo © ${"très long texte ".repeat(10)}`, { caption: `Photo © ${"très long texte ".repeat(10).trim()}` }],
  ])("keeps %j as a caption", (caption, expected) => {
    expect(splitCredit(caption)).toEqual(expected);
  });

  it("gives nothing for no caption or a blank one", () => {
    expect(splitCredit(undefined)).toEqual({});
    expect(splitCredit("  ")).toEqual({});
  });
});
