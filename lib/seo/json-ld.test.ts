import { describe, expect, it } from "vitest";
import type { PublicArticle } from "../public/article-types";
import type { PublicSettings } from "../public/site";
import { referenceSites } from "@/tests/fixtures/public-sites";
import { breadcrumbJsonLd, newsArticleJsonLd, organizationJsonLd, serializeJsonLd } from "./json-ld";

const HOSTILE = `</script><script>alert("xss")</script><!-- & \u2028`;

const settings: PublicSettings = {
  siteName: "École nationale supérieure de la police",
  shortName: "ENSP",
  tagline: "",
  description: "",
  ministry: "Ministère de l'Intérieur",
  contactEmail: "contact@ensp.example",
  articlesPerPage: 12,
  accessibilityStatus: "PARTIAL",
  recommendationsEnabled: true,
};

const article: PublicArticle = {
  slug: "continuum",
  title: "Continuum de sécurité",
  excerpt: "Réunis à l’ENSP hier…",
  publishedAt: "2021-10-15T07:30:00.000Z",
  revisedAt: "2021-10-16T08:00:00.000Z",
  category: { slug: "partenariats", name: "Partenariats", description: "" },
  heroImage: {
    storageKey: "seed/continuum-securite.jpg",
    url: "/medias/seed/continuum-securite.jpg",
    alt: "Illustration",
    width: 1600,
    height: 900,
    caption: "L’ouvrage collectif",
    credit: "© ENSP",
  },
  body: { type: "doc", content: [] },
  authorName: "Service communication",
  tags: [{ slug: "securite-privee", name: "sécurité privée" }],
  previous: null,
  next: null,
};

const sites = referenceSites;

describe("serializeJsonLd", () => {
  it("cannot close the script element, and still parses back to the same text", () => {
    const out = serializeJsonLd({ headline: HOSTILE });
    expect(out).not.toMatch(/<|>|&|\u2028/);
    expect(out.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(out)).toEqual({ headline: HOSTILE });
  });
});

describe("newsArticleJsonLd", () => {
  const data = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, settings)));

  it("carries what Google asks of a news article", () => {
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(article.title);
    expect(data.datePublished).toBe(article.publishedAt);
    expect(data.dateModified).toBe(article.revisedAt);
    expect(data.author).toEqual({ "@type": "Person", name: "Service communication" });
    expect(data.publisher.name).toBe(settings.siteName);
    expect(data.publisher.logo.url).toMatch(/^https?:\/\/.+\/logo-ensp\.png$/);
    expect(data.mainEntityOfPage["@id"]).toMatch(/\/actualites\/continuum$/);
  });

  it("offers the photo in 16:9, 4:3 and 1:1, at least 1200 px wide, with its credit", () => {
    const ratios = data.image.map((image: { width: string; height: string }) => Number(image.width) / Number(image.height));
    expect(ratios.map((r: number) => r.toFixed(3))).toEqual([(16 / 9).toFixed(3), (4 / 3).toFixed(3), "1.000"]);
    for (const image of data.image) {
      expect(Number(image.width)).toBeGreaterThanOrEqual(1200);
      expect(image.url).toMatch(/^https?:\/\/.+\/medias\/recadrages\/(16x9|4x3|1x1)\/seed\/continuum-securite\.jpg$/);
      expect(image.creditText).toBe("© ENSP");
      expect(image.copyrightNotice).toBe("© ENSP");
    }
  });

  it("keeps a hostile title inert once serialized", () => {
    const out = serializeJsonLd(newsArticleJsonLd({ ...article, title: HOSTILE }, settings));
    expect(out.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(out).headline).toBe(HOSTILE);
  });

  it("has no image without a photo, and dates the change by publication when never revised", () => {
    const bare = newsArticleJsonLd({ ...article, heroImage: null, revisedAt: null }, settings) as unknown as Record<string, unknown>;
    expect(bare.image).toBeUndefined();
    expect(bare.dateModified).toBe(article.publishedAt);
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the visible breadcrumb's items with absolute URLs", () => {
    const data = breadcrumbJsonLd([
      { name: "Accueil", path: "/" },
      { name: "Actualités", path: "/actualites" },
      { name: "Continuum", path: "/actualites/continuum" },
    ]) as unknown as { itemListElement: { position: number; name: string; item: string }[] };
    expect(data.itemListElement.map((i) => [i.position, i.name])).toEqual([
      [1, "Accueil"],
      [2, "Actualités"],
      [3, "Continuum"],
    ]);
    expect(data.itemListElement[2]!.item).toMatch(/^https?:\/\/[^/]+\/actualites\/continuum$/);
  });
});

describe("organizationJsonLd", () => {
  it("describes the school with both sites' addresses and phones", () => {
    const data = JSON.parse(serializeJsonLd(organizationJsonLd(sites, settings)));
    expect(data.name).toBe(settings.siteName);
    expect(data.address).toMatchObject({ streetAddress: "9, rue Carnot", postalCode: "69450", addressCountry: "FR" });
    expect(data.telephone).toBe("+33 4 72 53 18 50");
    expect(data.location).toHaveLength(2);
    expect(data.location[1]).toMatchObject({
      name: "Site de Cannes-Écluse",
      telephone: "+33 1 64 69 35 00",
      address: { streetAddress: "BP 50097", postalCode: "77875", addressLocality: "MONTEREAU Cedex" },
    });
  });
});
