import Parser from "rss-parser";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as categoryAtomRoute } from "@/app/(site)/rubriques/[slug]/atom.xml/route";
import { GET as categoryRssRoute } from "@/app/(site)/rubriques/[slug]/rss.xml/route";
import { GET as tagRssRoute } from "@/app/(site)/mots-cles/[slug]/rss.xml/route";
import { GET as atomRoute } from "@/app/flux/atom.xml/route";
import { GET as rssRoute } from "@/app/flux/rss.xml/route";
import { prisma } from "@/lib/db";
import { buildFeed } from "@/lib/feeds/documents";
import type { FeedScopeRef } from "@/lib/feeds/scope";
import { createArticle, createCategory, createUser, resetContent } from "../factories";
import { parseXml } from "../support/xml";

process.env.SITE_URL = "https://kiosque.example";
const ORIGIN = "https://kiosque.example";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);
const parser = new Parser();
const ALL: FeedScopeRef = { kind: "all" };

async function feedSlugs(ref: FeedScopeRef, format: "rss" | "atom"): Promise<string[]> {
  const xml = await buildFeed(ref, format);
  expect(xml, `${ref.kind} ${format}`).not.toBeNull();
  parseXml(xml!);
  const feed = await parser.parseString(xml!);
  return feed.items.map((item) => item.link!.replace(`${ORIGIN}/actualites/`, ""));
}

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("feeds hold public articles only", () => {
  let hiddenSlugs: string[];

  beforeEach(async () => {
    await resetContent();
    const author = await createUser();
    const formation = await createCategory({ slug: "formation", name: "Formation" });
    const recherche = await createCategory({ slug: "recherche", name: "Recherche" });
    const draftsOnly = await createCategory({ slug: "en-preparation", name: "En préparation" });
    const europe = await prisma.tag.create({ data: { slug: "europe", name: "Europe" } });
    const secret = await prisma.tag.create({ data: { slug: "annonce-secrete", name: "Annonce secrète" } });
    const tagged = (tagId: string) => ({ tags: { create: [{ tagId }] } });
    const base = { authorId: author.id, categoryId: formation.id };

    await createArticle({ ...base, slug: "formation-publie", publishedAt: ago(3 * DAY), ...tagged(europe.id) });
    await createArticle({ ...base, slug: "formation-programme-echu", status: "SCHEDULED", publishedAt: ago(DAY) });
    await createArticle({ ...base, categoryId: recherche.id, slug: "recherche-publie", publishedAt: ago(2 * DAY), ...tagged(europe.id) });
    await createArticle({ ...base, categoryId: recherche.id, slug: "recherche-sans-mot-cle", publishedAt: ago(4 * DAY) });
    hiddenSlugs = [
      (await createArticle({ ...base, slug: "brouillon", status: "DRAFT", ...tagged(europe.id) })).slug,
      (await createArticle({ ...base, slug: "en-relecture", status: "IN_REVIEW", ...tagged(secret.id) })).slug,
      (await createArticle({ ...base, slug: "programme-futur", status: "SCHEDULED", publishedAt: new Date(Date.now() + HOUR), ...tagged(europe.id) })).slug,
      (await createArticle({ ...base, slug: "archive", status: "ARCHIVED", publishedAt: ago(HOUR), ...tagged(europe.id) })).slug,
      (await createArticle({ ...base, slug: "publie-futur", publishedAt: new Date(Date.now() + HOUR) })).slug,
      (await createArticle({ ...base, categoryId: draftsOnly.id, slug: "brouillon-en-preparation", status: "DRAFT" })).slug,
    ];
  });

  it.each(["rss", "atom"] as const)("all news (%s): published and due scheduled, newest first", async (format) => {
    expect(await feedSlugs(ALL, format)).toEqual(["formation-programme-echu", "recherche-publie", "formation-publie", "recherche-sans-mot-cle"]);
  });

  it.each(["rss", "atom"] as const)("a category feed (%s) holds only its public articles", async (format) => {
    expect(await feedSlugs({ kind: "category", slug: "formation" }, format)).toEqual(["formation-programme-echu", "formation-publie"]);
    expect(await feedSlugs({ kind: "category", slug: "recherche" }, format)).toEqual(["recherche-publie", "recherche-sans-mot-cle"]);
  });

  it.each(["rss", "atom"] as const)("a tag feed (%s) holds only its public articles", async (format) => {
    expect(await feedSlugs({ kind: "tag", slug: "europe" }, format)).toEqual(["recherche-publie", "formation-publie"]);
  });

  it("never shows a hidden article in any feed", async () => {
    const scopes: FeedScopeRef[] = [ALL, { kind: "category", slug: "formation" }, { kind: "category", slug: "recherche" }, { kind: "tag", slug: "europe" }];
    for (const scope of scopes) {
      for (const format of ["rss", "atom"] as const) {
        const xml = (await buildFeed(scope, format))!;
        for (const slug of hiddenSlugs) expect(xml, `${slug} in ${JSON.stringify(scope)} ${format}`).not.toContain(`/actualites/${slug}`);
      }
    }
  });

  it("has no feed for an unknown category or tag, nor for one whose articles are all hidden", async () => {
    for (const scope of [
      { kind: "category", slug: "inconnue" },
      { kind: "category", slug: "en-preparation" },
      { kind: "tag", slug: "inconnu" },
      { kind: "tag", slug: "annonce-secrete" },
    ] as const) {
      expect(await buildFeed(scope, "rss"), scope.slug).toBeNull();
    }
  });

  it("answers the routes with the right status, content type and cache lifetime", async () => {
    const rss = await rssRoute();
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(rss.headers.get("cache-control")).toBe("public, max-age=300");
    const atom = await atomRoute();
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const request = new Request(`${ORIGIN}/`);
    expect((await categoryRssRoute(request, slugParams("formation"))).status).toBe(200);
    expect((await categoryAtomRoute(request, slugParams("formation"))).headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect((await tagRssRoute(request, slugParams("europe"))).status).toBe(200);
    for (const slug of ["inconnue", "en-preparation", "../etc", "Formation", "a".repeat(300)]) {
      const response = await categoryRssRoute(request, slugParams(slug));
      expect(response.status, slug).toBe(404);
    }
    expect((await tagRssRoute(request, slugParams("annonce-secrete"))).status).toBe(404);
  });
});

describe("feed content", () => {
  beforeEach(resetContent);

  it("keeps the 20 newest", async () => {
    const author = await createUser();
    const category = await createCategory();
    for (let i = 0; i < 25; i++) await createArticle({ authorId: author.id, categoryId: category.id, slug: `a-${i}`, publishedAt: ago((i + 1) * HOUR) });
    const slugs = await feedSlugs(ALL, "rss");
    expect(slugs).toEqual(Array.from({ length: 20 }, (_, i) => `a-${i}`));
  });

  it("gives title, absolute link, dates, chapô, body, author, category and the hero image as enclosure", async () => {
    const author = await createUser({ name: "Service communication" });
    const category = await createCategory({ slug: "partenariats", name: "Partenariats" });
    const media = await prisma.media.create({
      data: { storageKey: "2021/continuum.jpg", originalName: "continuum.jpg", mimeType: "image/jpeg", sizeBytes: 48_213, width: 1200, height: 800, alt: "Les rédacteurs" },
    });
    const publishedAt = new Date("2021-10-15T07:30:00Z");
    const revisedAt = new Date("2021-10-20T08:00:00Z");
    const article = await createArticle({
      authorId: author.id,
      categoryId: category.id,
      heroImageId: media.id,
      slug: "continuum",
      title: "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !",
      excerpt: "Réunis à l’ENSP hier, les 23 rédacteurs…",
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "voir notre article précédent", marks: [{ type: "link", attrs: { href: "/actualites/precedent" } }] }] },
          { type: "image", attrs: { src: "/medias/2021/photo.jpg", alt: "Photo" } },
          { type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>" }] },
        ],
      },
      publishedAt,
      revisedAt,
    });

    const rss = await parser.parseString((await buildFeed({ kind: "category", slug: "partenariats" }, "rss"))!);
    expect(rss.title).toBe("Partenariats – Actualités – ENSP");
    expect(rss.link).toBe(`${ORIGIN}/rubriques/partenariats`);
    expect(rss.feedUrl).toBe(`${ORIGIN}/rubriques/partenariats/rss.xml`);
    expect(rss.language).toBe("fr");
    expect(rss.copyright).toBe("© ENSP – École nationale supérieure de la police");
    const [item] = rss.items;
    expect(item?.title).toBe(article.title);
    expect(item?.link).toBe(`${ORIGIN}/actualites/continuum`);
    expect(item?.guid).toBe(`tag:kiosque.example,2026:article:${article.id}`);
    expect(item?.pubDate).toBe("Fri, 15 Oct 2021 07:30:00 GMT");
    expect(item?.isoDate).toBe(publishedAt.toISOString());
    expect(item?.content).toBe("Réunis à l’ENSP hier, les 23 rédacteurs…");
    expect(item?.creator).toBe("Service communication");
    expect(item?.categories).toEqual(["Partenariats"]);
    expect(item?.enclosure).toEqual({ url: `${ORIGIN}/medias/2021/continuum.jpg`, type: "image/jpeg", length: "48213" });
    const encoded = (item as Record<string, unknown>)["content:encoded"] as string;
    expect(encoded).toContain(`<a href="${ORIGIN}/actualites/precedent">voir notre article précédent</a>`);
    expect(encoded).toContain(`<img src="${ORIGIN}/medias/2021/photo.jpg" alt="Photo">`);
    expect(encoded).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(encoded).not.toContain("<script>");

    const atomXml = (await buildFeed({ kind: "category", slug: "partenariats" }, "atom"))!;
    const atom = await parser.parseString(atomXml);
    expect(atom.feedUrl).toBe(`${ORIGIN}/rubriques/partenariats/atom.xml`);
    expect(atom.items[0]?.link).toBe(`${ORIGIN}/actualites/continuum`);
    expect(atom.items[0]?.isoDate).toBe(publishedAt.toISOString());
    const entry = parseXml(atomXml).getElementsByTagName("entry")[0]!;
    expect(entry.getElementsByTagName("updated")[0]?.textContent).toBe(revisedAt.toISOString());
    const enclosure = [...entry.getElementsByTagName("link")].find((link) => link.getAttribute("rel") === "enclosure");
    expect([enclosure?.getAttribute("href"), enclosure?.getAttribute("type"), enclosure?.getAttribute("length")]).toEqual([
      `${ORIGIN}/medias/2021/continuum.jpg`,
      "image/jpeg",
      "48213",
    ]);
  });

  it("keeps a hostile title, chapô, author and category name inert", async () => {
    const hostile = "</script><script>alert(1)</script> ]]> ]]> & &amp; <b>\"q\"\u0001\u0008\u001f";
    const clean = "</script><script>alert(1)</script> ]]> ]]> & &amp; <b>\"q\"";
    const author = await createUser({ name: hostile });
    const category = await createCategory({ slug: "hostile", name: hostile });
    const tag = await prisma.tag.create({ data: { slug: "hostile", name: hostile } });
    await createArticle({ authorId: author.id, categoryId: category.id, slug: "hostile", title: hostile, excerpt: hostile, tags: { create: [{ tagId: tag.id }] } });

    const decode = (html: string) => html.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
    for (const scope of [ALL, { kind: "category", slug: "hostile" }, { kind: "tag", slug: "hostile" }] as const) {
      const rssXml = (await buildFeed(scope, "rss"))!;
      const rssDoc = parseXml(rssXml);
      expect(rssDoc.getElementsByTagName("script")).toHaveLength(0);
      const rss = await parser.parseString(rssXml);
      expect(rss.items[0]?.title).toBe(clean);
      expect(rss.items[0]?.creator).toBe(clean);
      expect(decode(rss.items[0]!.content!)).toBe(clean);
      if (scope.kind !== "all") expect(rss.title).toContain(clean);

      const atomXml = (await buildFeed(scope, "atom"))!;
      expect(parseXml(atomXml).getElementsByTagName("script")).toHaveLength(0);
      const atom = await parser.parseString(atomXml);
      // Atom titles are type="html": a reader decodes them once, back to the text
      expect(decode(atom.items[0]!.title!)).toBe(clean);
      expect(atom.items[0]?.author).toBe(clean);
    }
  });
});
