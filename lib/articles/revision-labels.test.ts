import { describe, expect, it } from "vitest";
import { REVISION_KIND_LABELS, revisionKindLabel, revisionNoteText } from "./revision-labels";

describe("revision labels", () => {
  it("name every kind of revision in French", () => {
    expect(Object.values(REVISION_KIND_LABELS)).toEqual(["Enregistrement", "Soumission", "Publication", "Programmation", "Mise à jour", "Restauration", "Dépublication", "Archivage"]);
    expect(revisionKindLabel("PUBLISH")).toBe("Publication");
    expect(revisionKindLabel("NOUVEAU")).toBe("NOUVEAU");
  });

  it("show the instants a note quotes in Paris time, and leave the rest as written", () => {
    expect(revisionNoteText("Version du 2026-11-30T13:32:00.000Z")).toBe("Version du 30 novembre 2026 à 14 h 32");
    expect(revisionNoteText("Version du 2026-07-14T08:05:00Z")).toBe("Version du 14 juillet 2026 à 10 h 05");
    expect(revisionNoteText("Publié malgré 1 problème d’accessibilité : lien imposé")).toBe("Publié malgré 1 problème d’accessibilité : lien imposé");
    expect(revisionNoteText("")).toBe("");
  });
});
