import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { HIGHLIGHT_START as START, HIGHLIGHT_STOP as STOP, stripHighlights } from "@/lib/search/highlight";
import { searchQuerySchema } from "@/lib/search/query-schema";
import { searchArticles, searchArticlesUncached } from "@/lib/search/search-articles";
import { createArticle, createCategory, createUser, paragraphDoc, resetContent } from "../factories";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

const search = (q: string, options: { page?: number; perPage?: number; categorySlug?: string; year?: number } = {}) =>
  searchArticles({ q, page: 1, perPage: 20, ...options });

const slugsOf = async (q: string, options?: Parameters<typeof search>[1]) => (await search(q, options))?.items.map((a) => a.slug);

describe("French full-text search", () => {
  beforeAll(async () => {
    await resetContent();
    const author = await createUser();
    const formation = await createCategory({ slug: "formation", name: "Formation", position: 1 });
    const partenariats = await createCategory({ slug: "partenariats", name: "Partenariats", position: 2 });
    const base = { authorId: author.id, categoryId: formation.id };
    await createArticle({
      ...base,
      slug: "titre-securite",
      title: "Continuum de sécurité : les acteurs se réunissent",
      excerpt: "Une journée d'échanges à l'école.",
      body: paragraphDoc("Les rédacteurs ont travaillé ensemble toute la journée sur le livre blanc."),
      publishedAt: ago(30),
    });
    await createArticle({
      ...base,
      categoryId: partenariats.id,
      slug: "corps-securite",
      title: "Journée des partenaires",
      excerpt: "Les partenaires de l'école étaient présents.",
      body: paragraphDoc("Au programme de la matinée, une table ronde consacrée à la sécurité du quotidien, puis un déjeuner."),
      publishedAt: ago(2),
    });
    await createArticle({
      ...base,
      slug: "magistrats",
      title: "Visite au tribunal",
      excerpt: "Les élèves commissaires au palais de justice.",
      body: paragraphDoc("Les magistrats rencontrés ont présenté leur métier aux élèves."),
      publishedAt: ago(5),
    });
    await createArticle({
      ...base,
      slug: "formation-initiale",
      title: "La formation initiale des officiers",
      excerpt: "Dix-huit mois d'apprentissage.",
      body: paragraphDoc("Un parcours exigeant."),
      publishedAt: ago(10),
    });
    // Hidden articles that would match best of all, were they public.
    const best = { title: "Sécurité, sécurité, sécurité", excerpt: "La sécurité avant tout.", body: paragraphDoc("Sécurité.") };
    await createArticle({ ...base, ...best, slug: "brouillon", status: "DRAFT" });
    await createArticle({ ...base, ...best, slug: "en-relecture", status: "IN_REVIEW" });
    await createArticle({ ...base, ...best, slug: "archive", status: "ARCHIVED", publishedAt: ago(3) });
    await createArticle({ ...base, ...best, slug: "programme-futur", status: "SCHEDULED", publishedAt: new Date(Date.now() + DAY) });
    await createArticle({ ...base, ...best, slug: "publie-futur", status: "PUBLISHED", publishedAt: new Date(Date.now() + DAY) });
  });

  it("ignores accents and case", async () => {
    const expected = ["titre-securite", "corps-securite"];
    for (const q of ["securite", "sécurité", "SÉCURITÉ", "Securite", "sécurités"]) {
      expect(await slugsOf(q), q).toEqual(expected);
    }
  });

  it("matches inflected forms through French stemming", async () => {
    expect(await slugsOf("rencontre")).toEqual(["magistrats"]);
    expect(await slugsOf("formations")).toEqual(["formation-initiale"]);
    expect(await slugsOf("Magistrat")).toEqual(["magistrats"]);
  });

  it("ranks a title match above a body-only match", async () => {
    const result = await search("sécurité");
    expect(result?.items.map((a) => a.slug)).toEqual(["titre-securite", "corps-securite"]);
    expect(result?.total).toBe(2);
  });

  it("never returns drafts, articles in review, archived or not-yet-due articles", async () => {
    const result = await search("sécurité avant tout");
    expect(result).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
    const all = await search("securite", { perPage: 100 });
    const found = all?.items.map((a) => a.slug) ?? [];
    for (const hidden of ["brouillon", "en-relecture", "archive", "programme-futur", "publie-futur"]) {
      expect(found).not.toContain(hidden);
    }
    expect(all?.total).toBe(2);
    expect(all?.facets.categories.reduce((sum, c) => sum + c.count, 0)).toBe(2);
  });

  it("highlights the matched words in the excerpt and the title", async () => {
    const result = await search("securite");
    const [titleHit, bodyHit] = result!.items;
    expect(bodyHit?.headline).toContain(`${START}sécurité${STOP}`);
    expect(stripHighlights(bodyHit!.headline)).toContain("table ronde consacrée à la sécurité du quotidien");
    expect(titleHit?.titleHeadline).toBe(`Continuum de ${START}sécurité${STOP} : les acteurs se réunissent`);
    // Without a match in its text, the headline is the beginning of the standfirst, unmarked.
    expect(titleHit?.headline.startsWith("Une journée d'échanges")).toBe(true);
    expect(titleHit?.headline).not.toContain(START);
  });

  it("returns the summary shape of the listings", async () => {
    const hit = (await search("magistrats"))!.items[0]!;
    expect(hit).toMatchObject({
      slug: "magistrats",
      title: "Visite au tribunal",
      excerpt: "Les élèves commissaires au palais de justice.",
      category: { slug: "formation", name: "Formation", description: "" },
      heroImage: null,
    });
    expect(hit.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(hit.publishedAt)).toBeCloseTo(ago(5).getTime(), -5);
  });

  it("filters by category, with facets counting each value", async () => {
    expect(await slugsOf("securite", { categorySlug: "partenariats" })).toEqual(["corps-securite"]);
    expect(await slugsOf("securite", { categorySlug: "inconnue" })).toEqual([]);
    const result = await search("securite");
    expect(result?.facets.categories).toEqual([
      { slug: "formation", name: "Formation", count: 1 },
      { slug: "partenariats", name: "Partenariats", count: 1 },
    ]);
  });

  it("treats empty, stop-word-only and punctuation-only queries as matching nothing", async () => {
    expect(await search("")).toEqual({ items: [], total: 0, page: 1, pageCount: 1, facets: { categories: [], years: [] } });
    expect(await search("", { page: 2 })).toBeNull();
    for (const q of ["   ", "&|!:*()", "« » … – ?"]) {
      expect(await search(q), q).toMatchObject({ items: [], total: 0, pageCount: 1 });
    }
  });

  it.each([
    `"sécurité`,
    `'sécurité'`,
    "sécurité & | ! : * ( )",
    "!securite",
    "securite:*",
    "(securite | formation) & !tribunal",
    `'; DROP TABLE "Article"; --`,
    "securite' OR 1=1 --",
    "-securite",
    "securite or formation",
    `"table ronde"`,
    "le la les",
    "\\x00 \\ \u0000 %_ $1",
    "🚓 sécurité 👮‍♀️",
    "<script>alert(1)</script>",
  ])("survives hostile input %j", async (raw) => {
    const { q } = searchQuerySchema.parse({ q: raw });
    const result = await search(q);
    expect(result).not.toBeNull();
    expect(Array.isArray(result?.items)).toBe(true);
    expect(result!.total).toBeGreaterThanOrEqual(0);
    expect(result!.items.every((item) => !["brouillon", "archive", "programme-futur"].includes(item.slug))).toBe(true);
    expect(await prisma.article.count()).toBe(9);
  });

  it("gives sensible answers to operators and phrases", async () => {
    expect(await slugsOf(`"table ronde"`)).toEqual(["corps-securite"]);
    expect(await slugsOf("securite -continuum")).toEqual(["corps-securite"]);
    expect(await slugsOf("securite or magistrats")).toEqual(expect.arrayContaining(["titre-securite", "corps-securite", "magistrats"]));
    expect(await slugsOf(`'; DROP TABLE "Article"; --`)).toEqual([]);
  });

  it("cuts a 5,000-character query to the maximum length and still answers", async () => {
    const { q } = searchQuerySchema.parse({ q: "sécurité ".repeat(556) });
    expect(q.length).toBeLessThanOrEqual(200);
    expect(await slugsOf(q)).toEqual(["titre-securite", "corps-securite"]);
    // The library normalizes too, whoever calls it.
    expect(await slugsOf("sécurité ".repeat(556))).toEqual(["titre-securite", "corps-securite"]);
  });
});

describe("pagination and years", () => {
  beforeEach(async () => {
    await resetContent();
    const category = await createCategory({ slug: "vie-de-l-ecole", name: "Vie de l'école" });
    const years = [2021, 2022, 2022, 2023, 2023, 2023];
    for (const [i, year] of years.entries()) {
      await createArticle({
        categoryId: category.id,
        slug: `promotion-${i}`,
        title: `Promotion ${i}`,
        body: paragraphDoc(`La promotion de l'année ${year} a reçu ses insignes.`),
        publishedAt: new Date(Date.UTC(year, 5, 1 + i)),
      });
    }
    // Late on 31 December in Paris, already the next year in UTC? No: 23:30 UTC on 31 December
    // 2023 is 00:30 on 1 January 2024 in Paris, the date the page shows.
    await createArticle({
      categoryId: category.id,
      slug: "reveillon",
      title: "Promotion du réveillon",
      publishedAt: new Date(Date.UTC(2023, 11, 31, 23, 30)),
    });
  });

  it("splits results into pages, newest first at equal rank, and answers null beyond the last", async () => {
    const first = await search("insignes", { perPage: 4 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 6 });
    expect(first?.items.map((a) => a.slug)).toEqual(["promotion-5", "promotion-4", "promotion-3", "promotion-2"]);
    const second = await search("insignes", { perPage: 4, page: 2 });
    expect(second?.items.map((a) => a.slug)).toEqual(["promotion-1", "promotion-0"]);
    expect(await search("insignes", { perPage: 4, page: 3 })).toBeNull();
    expect(await search("insignes", { page: 0 })).toBeNull();
    expect(await search("insignes", { page: 1.5 })).toBeNull();
    expect(await search("insignes", { page: 10_001 })).toBeNull();
    expect(await search("introuvable", { page: 2 })).toBeNull();
  });

  it("filters by year of the displayed (Paris) date, with year facets", async () => {
    expect(await slugsOf("insignes", { year: 2022 })).toEqual(["promotion-2", "promotion-1"]);
    expect(await slugsOf("promotion", { year: 2024 })).toEqual(["reveillon"]);
    expect(await slugsOf("insignes", { year: 1999 })).toEqual([]);
    const result = await search("promotion", { year: 2023 });
    expect(result?.facets.years).toEqual([
      { year: 2024, count: 1 },
      { year: 2023, count: 3 },
      { year: 2022, count: 2 },
      { year: 2021, count: 1 },
    ]);
    // A category's count keeps the selected year.
    expect(result?.facets.categories).toEqual([{ slug: "vie-de-l-ecole", name: "Vie de l'école", count: 3 }]);
  });

  it("refuses malformed options instead of querying", async () => {
    expect(await search("insignes", { year: 20_000 })).toBeNull();
    expect(await search("insignes", { categorySlug: "../etc" })).toBeNull();
    expect(await search("insignes", { perPage: 0 })).toBeNull();
  });
});

describe("the search document", () => {
  beforeEach(resetContent);

  it("is updated by the trigger when the title changes, and only from public text", async () => {
    const article = await createArticle({ slug: "renomme", title: "Cérémonie de rentrée" });
    expect(await slugsOf("cérémonie")).toEqual(["renomme"]);
    await prisma.article.update({ where: { id: article.id }, data: { title: "Baptême de promotion" } });
    expect(await slugsOf("cérémonie")).toEqual([]);
    expect(await slugsOf("bapteme")).toEqual(["renomme"]);
  });

  it("is computed for rows written in raw SQL too, and matches the SQL function everywhere", async () => {
    const article = await createArticle({ slug: "brut" });
    await prisma.$executeRaw`UPDATE "Article" SET excerpt = 'Exercice de cybersécurité' WHERE id = ${article.id}`;
    expect(await slugsOf("cybersecurite")).toEqual(["brut"]);
    const [{ stale }] = await prisma.$queryRaw<[{ stale: number }]>`
      SELECT count(*)::int AS stale FROM "Article"
      WHERE "searchVector"::text IS DISTINCT FROM kiosque_article_search_vector(title, excerpt, body)::text`;
    expect(stale).toBe(0);
  });

  it("indexes the reading text of the body: nested blocks and captions, not alt texts, credits or links", async () => {
    await createArticle({
      slug: "riche",
      title: "Article riche",
      body: {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Intertitre gendarmerie" }] },
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Une coopé" },
              { type: "text", text: "ration", marks: [{ type: "bold" }] },
              { type: "hardBreak" },
              { type: "text", text: "douanière", marks: [{ type: "link", attrs: { href: "https://exemple.fr/lienexterne" } }] },
            ],
          },
          {
            type: "bulletList",
            content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Tribunal judiciaire" }] }] }],
          },
          { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Citation préfectorale" }] }] },
          { type: "image", attrs: { src: "/medias/x.jpg", alt: "Photographie aérienne", caption: "Légende portuaire", credit: "© Photographe" } },
        ],
      },
    });
    for (const q of ["gendarmerie", "coopération", "douanière", "tribunal", "préfectorale", "portuaire"]) {
      expect(await slugsOf(q), q).toEqual(["riche"]);
    }
    for (const q of ["aérienne", "photographe", "lienexterne"]) {
      expect(await slugsOf(q), q).toEqual([]);
    }
  });

  it("stays inside the row, so that matching and ranking need no TOAST fetch", async () => {
    // attstorage is a "char": cast to text, which the driver adapter can read (STACK.md, trap 4).
    const [{ storage }] = await prisma.$queryRaw<[{ storage: string }]>`
      SELECT attstorage::text AS storage FROM pg_attribute
      WHERE attrelid = '"Article"'::regclass AND attname = 'searchVector'`;
    expect(storage).toBe("m");
  });

  it("is served by the GIN index", async () => {
    await createArticle();
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<Array<{ "QUERY PLAN": string }>>`
        EXPLAIN SELECT id FROM "Article" a WHERE a."searchVector" @@ websearch_to_tsquery('kiosque_fr', ${"sécurité"})`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Article_searchVector_idx");
  });
});

describe("the uncached search", () => {
  beforeEach(resetContent);

  it("uses the given time for the public predicate", async () => {
    const due = new Date("2030-01-01T09:00:00Z");
    await createArticle({ slug: "programme", title: "Journée portes ouvertes", status: "SCHEDULED", publishedAt: due });
    const before = await searchArticlesUncached("portes ouvertes", 1, 10, null, null, new Date(due.getTime() - 1_000));
    const after = await searchArticlesUncached("portes ouvertes", 1, 10, null, null, new Date(due.getTime() + 1_000));
    expect(before?.items).toEqual([]);
    expect(after?.items.map((a) => a.slug)).toEqual(["programme"]);
  });
});
