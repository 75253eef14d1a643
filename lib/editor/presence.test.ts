import { describe, expect, it } from "vitest";
import { presenceSentence } from "./presence";

const now = new Date("2026-11-30T14:35:00Z");
const since = (minutes: number) => new Date(now.getTime() - minutes * 60_000 - 20_000).toISOString();

describe("who else is editing", () => {
  it("says who and since when, in French", () => {
    expect(presenceSentence({ name: "Émile Éditeur", since: since(3) }, now)).toBe("Émile Éditeur modifie cet article depuis 3 minutes");
    expect(presenceSentence({ name: "Émile Éditeur", since: since(1) }, now)).toBe("Émile Éditeur modifie cet article depuis 1 minute");
    expect(presenceSentence({ name: "Claire Auteur", since: new Date(now.getTime() - 10_000).toISOString() }, now)).toBe("Claire Auteur modifie cet article depuis moins d’une minute");
    expect(presenceSentence({ name: "Claire Auteur", since: since(75) }, now)).toBe("Claire Auteur modifie cet article depuis plus d’une heure");
    expect(presenceSentence({ name: "Claire Auteur", since: since(130) }, now)).toBe("Claire Auteur modifie cet article depuis plus de 2 heures");
  });

  it("never says a negative time when clocks disagree", () => {
    expect(presenceSentence({ name: "A", since: new Date(now.getTime() + 30_000).toISOString() }, now)).toBe("A modifie cet article depuis moins d’une minute");
  });
});
