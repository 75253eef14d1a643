import { describe, expect, it } from "vitest";
import { describeDetails } from "./describe";

describe("describeDetails", () => {
  it("tells a change in French words", () => {
    expect(describeDetails({ siteName: ["École A", "École B"], requireAdminTwoFactor: [false, true], role: ["AUTHOR", "EDITOR"] })).toEqual([
      "Nom du site : « École A » → « École B »",
      "Double authentification obligatoire (administrateurs) : non → oui",
      "Rôle : auteur → éditeur",
    ]);
  });

  it("tells a failed sign-in's reason and keeps unknown fields readable", () => {
    expect(describeDetails({ reason: "password" })).toEqual(["Motif : mot de passe erroné"]);
    expect(describeDetails({ by: "account", until: "2026-11-30T13:32:00.000Z" })).toEqual(["Blocage : par compte", "Jusqu’à : 30 novembre 2026 à 14 h 32"]);
    expect(describeDetails({ purpose: "INVITATION" })).toEqual(["Objet : invitation"]);
    expect(describeDetails({ autre: 3 })).toEqual(["autre : 3"]);
    expect(describeDetails(null)).toEqual([]);
    expect(describeDetails({ description: ["", "x".repeat(100)] })[0]).toMatch(/^Description : \(vide\) → « x{79}… »$/);
  });

  it("reads the article entries in French, a list of titles as a list", () => {
    expect(describeDetails({ status: "PUBLISHED" })).toEqual(["Statut : publié"]);
    expect(describeDetails({ workingCopy: true })).toEqual(["Dans les modifications en attente (version publique inchangée) : oui"]);
    expect(describeDetails({ at: "2026-12-03T13:32:00.000Z", note: "Publié malgré 1 problème" })).toEqual(["Publication prévue : 3 décembre 2026 à 14 h 32", "Note : « Publié malgré 1 problème »"]);
    expect(describeDetails({ revision: "12", of: "2026-11-30T13:32:00.000Z" })).toEqual(["Numéro de la version reprise : « 12 »", "Date de la version reprise : 30 novembre 2026 à 14 h 32"]);
    expect(describeDetails({ count: 2, titles: ["Un", "Deux"] })).toEqual(["Nombre d’articles : 2", "Titres : « Un », « Deux »"]);
  });
});
