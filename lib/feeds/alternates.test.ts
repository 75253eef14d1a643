import { describe, expect, it } from "vitest";
import { siteUrl } from "../env";
import { feedAlternates } from "./alternates";
import { slugSchema } from "../slug";
import { articleGuid } from "./scope";

const base = siteUrl();
const identity = { siteName: "École nationale supérieure de la police", shortName: "ENSP", tagline: "", ministry: "" };

describe("feedAlternates", () => {
  it("announces the site's RSS and Atom feeds with absolute URLs", () => {
    expect(feedAlternates(identity)).toEqual({
      types: {
        "application/rss+xml": [{ url: `${base}/flux/rss.xml`, title: "Actualités – ENSP (RSS)" }],
        "application/atom+xml": [{ url: `${base}/flux/atom.xml`, title: "Actualités – ENSP (Atom)" }],
      },
    });
  });

  it("announces a category's and a tag's own feeds", () => {
    expect(feedAlternates(identity, { category: { slug: "partenariats", name: "Partenariats" } }).types).toEqual({
      "application/rss+xml": [{ url: `${base}/rubriques/partenariats/rss.xml`, title: "Partenariats – Actualités – ENSP (RSS)" }],
      "application/atom+xml": [{ url: `${base}/rubriques/partenariats/atom.xml`, title: "Partenariats – Actualités – ENSP (Atom)" }],
    });
    expect(feedAlternates(identity, { tag: { slug: "europe", name: "Europe" } }).types["application/atom+xml"]).toEqual([
      { url: `${base}/mots-cles/europe/atom.xml`, title: "Mot-clé « Europe » – Actualités – ENSP (Atom)" },
    ]);
  });
});

describe("feed identifiers and parameters", () => {
  it("identifies an article by its id, not its slug, with a tag URI", () => {
    expect(articleGuid("ck123")).toBe(`tag:${new URL(base).hostname},2026:article:ck123`);
    expect(new URL(articleGuid("ck123")).protocol).toBe("tag:");
  });

  it.each(["partenariats", "vie-de-l-ecole", "a1"])("accepts the slug %j", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(["", "Partenariats", "a--b", "-a", "a-", "../etc", "a b", "é", "x".repeat(201)])("refuses the slug %j", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });
});
