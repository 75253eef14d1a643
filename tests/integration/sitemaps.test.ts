import { existsSync, readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as sitemapPartRoute } from "@/app/sitemaps/[file]/route";
import { prisma } from "@/lib/db";
import { buildNewsSitemap, buildRootSitemap, buildSitemapPart } from "@/lib/sitemaps/documents";
import { NEWS_NS } from "@/lib/sitemaps/news-sitemap-xml";
import { SITEMAP_NS } from "@/lib/sitemaps/sitemap-xml";
import { createArticle, createCategory, createUser, ensureSettings, resetContent } from "../factories";
import { children, childText, newsSitemapXsd, parseXml, referenceSitemapXsd, sitemapXsd, xmllint } from "../support/xml";

// Read lazily by lib/env on first use: every URL below is on this origin.
process.env.SITE_URL = "https://kiosque.example";
const ORIGIN = "https://kiosque.example";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

function urlsOf(xml: string): Map<string, string | null> {
  const root = parseXml(xml).documentElement;
  expect(root.localName).toBe("urlset");
  return new Map(children(root, "url", SITEMAP_NS).map((url) => [childText(url, "loc", SITEMAP_NS)!, childText(url, "lastmod", SITEMAP_NS) ?? null]));
}

function expectValid(xml: string, schema = sitemapXsd) {
  const result = xmllint(xml, schema);
  expect(result.output).toContain("validates");
  expect(result.ok).toBe(true);
}

beforeAll(async () => {
  await ensureSettings();
  expect(existsSync(sitemapXsd), sitemapXsd).toBe(true);
});

it.skipIf(!existsSync(referenceSitemapXsd))("validates with the same schema as the team's reference copy", () => {
  expect(readFileSync(sitemapXsd, "utf8")).toBe(readFileSync(referenceSitemapXsd, "utf8"));
});

it("the validation used below rejects invalid sitemaps", () => {
  const urlset = (inner: string, ns = "") =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${ns}><url><loc>https://kiosque.example/</loc>${inner}</url></urlset>`;
  expect(xmllint(urlset("<lastmod>2026-11-26T10:00:00Z</lastmod>"), sitemapXsd).ok).toBe(true);
  expect(xmllint(urlset("<lastmod>hier</lastmod>"), sitemapXsd).ok).toBe(false);
  const news = (inner: string) =>
    urlset(
      `<news:news><news:publication><news:name>ENSP</news:name><news:language>fr</news:language></news:publication><news:publication_date>2026-11-26T10:00:00Z</news:publication_date>${inner}</news:news>`,
      ` xmlns:news="${NEWS_NS}"`,
    );
  expect(xmllint(news("<news:title>Titre</news:title>"), newsSitemapXsd()).ok).toBe(true);
  expect(xmllint(news(""), newsSitemapXsd()).ok).toBe(false);
  // the shared schema alone refuses the undeclared news elements: hence the combined schema
  expect(xmllint(news("<news:title>Titre</news:title>"), sitemapXsd).ok).toBe(false);
});

/** One article of each status, in a category and a tag of their own where it matters. */
async function seedStatuses() {
  const author = await createUser();
  const shown = await createCategory({ slug: "formation", name: "Formation", position: 1 });
  const hiddenOnly = await createCategory({ slug: "reservee", name: "Réservée", position: 0 });
  const europe = await prisma.tag.create({ data: { slug: "europe", name: "Europe" } });
  const secret = await prisma.tag.create({ data: { slug: "annonce-secrete", name: "Annonce secrète" } });
  const base = { authorId: author.id, categoryId: shown.id };
  const tagged = (tagId: string) => ({ tags: { create: [{ tagId }] } });

  const published = await createArticle({ ...base, slug: "publie", publishedAt: ago(10 * DAY), revisedAt: ago(2 * DAY), ...tagged(europe.id) });
  await createArticle({ ...base, slug: "programme-echu", status: "SCHEDULED", publishedAt: ago(5 * DAY) });
  await createArticle({ ...base, slug: "recent", publishedAt: ago(3 * HOUR) });
  const hidden = {
    draft: await createArticle({ ...base, slug: "brouillon", status: "DRAFT", ...tagged(secret.id) }),
    review: await createArticle({ ...base, slug: "en-relecture", status: "IN_REVIEW", categoryId: hiddenOnly.id }),
    future: await createArticle({ ...base, slug: "programme-futur", status: "SCHEDULED", publishedAt: new Date(Date.now() + HOUR), ...tagged(secret.id) }),
    archived: await createArticle({ ...base, slug: "archive", status: "ARCHIVED", publishedAt: ago(HOUR), categoryId: hiddenOnly.id }),
    publishedFuture: await createArticle({ ...base, slug: "publie-futur", publishedAt: new Date(Date.now() + HOUR) }),
  };
  return { published, hidden };
}

describe("/sitemap.xml", () => {
  let seeded: Awaited<ReturnType<typeof seedStatuses>>;
  beforeEach(async () => {
    await resetContent();
    seeded = await seedStatuses();
  });

  it("lists every public page and article, never a hidden one, and validates against the sitemaps.org schema", async () => {
    const xml = await buildRootSitemap();
    expectValid(xml);
    const urls = urlsOf(xml);
    expect([...urls.keys()]).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/actualites`,
      `${ORIGIN}/nous-contacter`,
      `${ORIGIN}/accessibilite`,
      `${ORIGIN}/mentions-legales`,
      `${ORIGIN}/plan-du-site`,
      // only the category and tag that have a public article
      `${ORIGIN}/rubriques/formation`,
      `${ORIGIN}/mots-cles/europe`,
      // articles, oldest first
      `${ORIGIN}/actualites/publie`,
      `${ORIGIN}/actualites/programme-echu`,
      `${ORIGIN}/actualites/recent`,
    ]);
    for (const article of Object.values(seeded.hidden)) expect(xml).not.toContain(article.slug);
    expect(xml).not.toContain("reservee");
    expect(xml).not.toContain("annonce-secrete");
  });

  it("dates an article by max(publishedAt, revisedAt), listings by their newest change, static pages not at all", async () => {
    const revisedAt = seeded.published.revisedAt!;
    // A row write (the back office bumps version on every save) moves updatedAt, not lastmod.
    await prisma.article.update({ where: { id: seeded.published.id }, data: { version: { increment: 1 } } });
    const urls = urlsOf(await buildRootSitemap());
    const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
    expect(urls.get(`${ORIGIN}/actualites/publie`)).toBe(iso(revisedAt));
    const recent = await prisma.article.findUniqueOrThrow({ where: { slug: "recent" } });
    expect(urls.get(`${ORIGIN}/actualites/recent`)).toBe(iso(recent.publishedAt!));
    expect(urls.get(`${ORIGIN}/`)).toBe(iso(recent.publishedAt!));
    expect(urls.get(`${ORIGIN}/actualites`)).toBe(iso(recent.publishedAt!));
    expect(urls.get(`${ORIGIN}/rubriques/formation`)).toBe(iso(recent.publishedAt!));
    // the tag's only public article was revised two days ago: that is the tag page's date
    expect(urls.get(`${ORIGIN}/mots-cles/europe`)).toBe(iso(revisedAt));
    for (const path of ["/nous-contacter", "/accessibilite", "/mentions-legales", "/plan-du-site"]) {
      expect(urls.get(`${ORIGIN}${path}`), path).toBeNull();
    }
  });

  it("answers 404 for a file of an index that does not exist", async () => {
    const context = (file: string) => ({ params: Promise.resolve({ file }) });
    for (const file of ["1.xml", "0.xml", "01.xml", "x.xml", "1.json"]) {
      const response = await sitemapPartRoute(new Request(`${ORIGIN}/sitemaps/${file}`), context(file));
      expect(response.status, file).toBe(404);
    }
  });
});

describe("split into a sitemap index beyond the limit", () => {
  beforeEach(async () => {
    await resetContent();
    await seedStatuses();
    const author = await createUser();
    const category = await createCategory({ slug: "archives-publiques", position: 9 });
    for (let i = 0; i < 4; i++) {
      await createArticle({ authorId: author.id, categoryId: category.id, slug: `ancien-${i}`, publishedAt: ago((400 - i) * DAY) });
    }
  });

  it("serves an index of files that together hold every URL exactly once, each file valid", async () => {
    const limit = 3;
    const single = urlsOf(await buildRootSitemap());
    // 6 static pages, 2 categories, 1 tag, 7 articles: four files of at most 3
    expect(single.size).toBe(16);

    const index = await buildRootSitemap(limit);
    const root = parseXml(index).documentElement;
    expect(root.localName).toBe("sitemapindex");
    expect(root.namespaceURI).toBe(SITEMAP_NS);
    const files = children(root, "sitemap", SITEMAP_NS);
    expect(files).toHaveLength(Math.ceil(single.size / limit));
    // The shared schema covers <urlset> only: the index's structure is checked here.
    for (const file of files) {
      const names = [...file.children].map((child) => child.localName);
      expect([["loc"], ["loc", "lastmod"]]).toContainEqual(names);
      if (names.length === 2) expect(childText(file, "lastmod", SITEMAP_NS)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(files.map((file) => childText(file, "loc", SITEMAP_NS))).toEqual(files.map((_, i) => `${ORIGIN}/sitemaps/${i + 1}.xml`));

    const seen = new Map<string, string | null>();
    for (let n = 1; n <= files.length; n++) {
      const part = await buildSitemapPart(n, limit);
      expect(part, `file ${n}`).not.toBeNull();
      expectValid(part!);
      const urls = urlsOf(part!);
      expect(urls.size).toBeLessThanOrEqual(limit);
      // a file's lastmod in the index is the newest of its URLs' (none for a file of static pages)
      const newest = [...urls.values()].filter(Boolean).sort().at(-1) ?? null;
      expect(childText(files[n - 1]!, "lastmod", SITEMAP_NS) ?? null).toBe(newest);
      for (const [loc, lastmod] of urls) {
        expect(seen.has(loc), loc).toBe(false);
        seen.set(loc, lastmod);
      }
    }
    expect(seen).toEqual(single);
    expect(await buildSitemapPart(files.length + 1, limit)).toBeNull();
    expect(await buildSitemapPart(0, limit)).toBeNull();
  });
});

describe("/sitemap-actualites.xml (Google News)", () => {
  beforeEach(resetContent);

  it("lists only public articles of the last 48 hours, with every required news element, and validates", async () => {
    const author = await createUser();
    const category = await createCategory();
    const base = { authorId: author.id, categoryId: category.id };
    await createArticle({ ...base, slug: "une-heure", title: "Il y a une heure", publishedAt: ago(HOUR) });
    await createArticle({ ...base, slug: "quarante-sept-heures", publishedAt: ago(47 * HOUR) });
    await createArticle({ ...base, slug: "programme-echu-recent", status: "SCHEDULED", publishedAt: ago(2 * HOUR) });
    await createArticle({ ...base, slug: "quarante-neuf-heures", publishedAt: ago(49 * HOUR) });
    await createArticle({ ...base, slug: "brouillon-recent", status: "DRAFT" });
    await createArticle({ ...base, slug: "relecture-recente", status: "IN_REVIEW" });
    await createArticle({ ...base, slug: "archive-recent", status: "ARCHIVED", publishedAt: ago(HOUR) });
    await createArticle({ ...base, slug: "programme-futur", status: "SCHEDULED", publishedAt: new Date(Date.now() + HOUR) });

    const xml = await buildNewsSitemap();
    expectValid(xml, newsSitemapXsd());
    const doc = parseXml(xml);
    const urls = children(doc.documentElement, "url", SITEMAP_NS);
    expect(urls.map((url) => childText(url, "loc", SITEMAP_NS))).toEqual([
      `${ORIGIN}/actualites/une-heure`,
      `${ORIGIN}/actualites/programme-echu-recent`,
      `${ORIGIN}/actualites/quarante-sept-heures`,
    ]);
    for (const url of urls) {
      const news = children(url, "news", NEWS_NS)[0]!;
      const publication = children(news, "publication", NEWS_NS)[0]!;
      expect(childText(publication, "name", NEWS_NS)).toBe("École nationale supérieure de la police");
      expect(childText(publication, "language", NEWS_NS)).toBe("fr");
      expect(childText(news, "publication_date", NEWS_NS)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(childText(news, "title", NEWS_NS)).toBeTruthy();
    }
    expect(childText(children(urls[0]!, "news", NEWS_NS)[0]!, "title", NEWS_NS)).toBe("Il y a une heure");

    // An article cached as recent leaves the news sitemap when it turns 48 hours old.
    const later = await buildNewsSitemap(new Date(Date.now() + 2 * HOUR));
    expect(later).not.toContain("quarante-sept-heures");
    expect(later).toContain("une-heure");
  });

  it("holds at most 1,000 articles, the newest", async () => {
    const author = await createUser();
    const category = await createCategory();
    const now = Date.now();
    await prisma.article.createMany({
      data: Array.from({ length: 1005 }, (_, i) => ({
        slug: `breve-${i}`,
        title: `Brève ${i}`,
        excerpt: "Brève.",
        body: { type: "doc", content: [] },
        status: "PUBLISHED" as const,
        publishedAt: new Date(now - (i + 1) * 60_000),
        authorId: author.id,
        categoryId: category.id,
      })),
    });
    const urls = children(parseXml(await buildNewsSitemap()).documentElement, "url", SITEMAP_NS);
    expect(urls).toHaveLength(1000);
    expect(childText(urls[0]!, "loc", SITEMAP_NS)).toBe(`${ORIGIN}/actualites/breve-0`);
    expect(childText(urls[999]!, "loc", SITEMAP_NS)).toBe(`${ORIGIN}/actualites/breve-999`);
  });

  it("keeps a hostile title inert", async () => {
    const title = "</script><script>alert(1)</script> ]]> ]]> & \u0001\u0008\u001f<![CDATA[ fin";
    await createArticle({ slug: "hostile", title, publishedAt: ago(HOUR) });
    const xml = await buildNewsSitemap();
    expectValid(xml, newsSitemapXsd());
    const doc = parseXml(xml);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(NEWS_NS, "title")[0]?.textContent).toBe("</script><script>alert(1)</script> ]]> ]]> & <![CDATA[ fin");
  });
});
