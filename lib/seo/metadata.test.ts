import { describe, expect, it } from "vitest";
import { buildPageMetadata } from "./metadata";

const identity = { siteName: "École nationale supérieure de la police", shortName: "ENSP", tagline: "", ministry: "" };
const pageMetadata = (input: Parameters<typeof buildPageMetadata>[0]) => buildPageMetadata(input, identity);

describe("pageMetadata", () => {
  const metadata = pageMetadata({
    title: "Continuum de sécurité",
    description: "Réunis à l’ENSP hier…",
    path: "/actualites/continuum",
    images: [{ url: "/medias/recadrages/og/x.jpg", width: 1200, height: 630, alt: "Illustration" }],
    article: { publishedTime: "2021-10-15T07:30:00.000Z", modifiedTime: "2021-10-15T07:30:00.000Z", section: "Partenariats", tags: [], authors: ["A"] },
    feeds: { category: { slug: "p", name: "Partenariats" } },
  });

  it("gives an absolute canonical URL and large image previews", () => {
    expect(String(metadata.alternates?.canonical)).toMatch(/^https?:\/\/[^/]+\/actualites\/continuum$/);
    expect(metadata.robots).toMatchObject({ index: true, googleBot: { "max-image-preview": "large" } });
  });

  it("fills Open Graph and the Twitter card with absolute image URLs", () => {
    const og = metadata.openGraph as Record<string, unknown>;
    expect(og).toMatchObject({ type: "article", locale: "fr_FR", title: "Continuum de sécurité", section: "Partenariats" });
    expect((og.images as { url: string }[])[0]!.url).toMatch(/^https?:\/\/[^/]+\/medias\/recadrages\/og\/x\.jpg$/);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: "Continuum de sécurité" });
  });

  it("announces the site's feeds beside the page's own", () => {
    const rss = (metadata.alternates?.types as Record<string, { title: string }[]>)["application/rss+xml"]!;
    expect(rss.map((link) => link.title)).toEqual(["Actualités – ENSP (RSS)", "Partenariats – Actualités – ENSP (RSS)"]);
  });

  it("marks pages that must not be indexed", () => {
    expect(pageMetadata({ title: "Recherche", description: "d", path: "/recherche", noindex: true }).robots).toMatchObject({ index: false });
  });
});
