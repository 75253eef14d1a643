import { tags } from "../cache-tags";
import { prisma } from "../db";
import { isSlug } from "../slug";
import { Prisma } from "../generated/prisma/client";
import { MAX_PAGE } from "../public/articles";
import { toSummary } from "../public/mappers";
import { publicCache } from "../public/schedule";
import { publicArticleWhere } from "../public/visibility";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./highlight";
import { MAX_YEAR, MIN_YEAR } from "./limits";
import { normalizeSearchText } from "./query-schema";
import type { SearchFacets, SearchHit, SearchOptions, SearchResult } from "./types";

export const MAX_PER_PAGE = 100;

// The year of an article is the year of its displayed date, in the school's time zone
// (lib/format/date.ts): a piece published on 31 December at 23:30 in Paris belongs to that year.
const SCHOOL_TIME_ZONE = "Europe/Paris";

const MARKERS = `${HIGHLIGHT_START}${HIGHLIGHT_STOP}`;
// Up to two passages of 12 to 30 words around the matches, from the standfirst and the body.
const HEADLINE_OPTIONS =
  `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", ` +
  `MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
// Titles are short: every match is marked and the whole title is kept.
const TITLE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", HighlightAll=true`;

/**
 * publicArticleWhere() in SQL. It is derived from that one definition rather than restated, and it
 * refuses to run if the definition grows a condition this translation does not know: the search
 * must fail loudly, never show what the rest of the site hides.
 */
export function publicPredicate(now: Date): Prisma.Sql {
  const { status, publishedAt, deletedAt, ...others } = publicArticleWhere(now);
  const statuses =
    typeof status === "object" && status !== null && Object.keys(status).join() === "in" ? status.in : undefined;
  const due =
    typeof publishedAt === "object" && publishedAt !== null && !(publishedAt instanceof Date) && Object.keys(publishedAt).join() === "lte"
      ? publishedAt.lte
      : undefined;
  if (Object.keys(others).length > 0 || deletedAt !== null || !Array.isArray(statuses) || statuses.length === 0 || !(due instanceof Date)) {
    throw new Error("publicArticleWhere() a changé : traduisez sa nouvelle forme dans lib/search/search-articles.ts.");
  }
  // Prisma stores DateTime as UTC in "timestamp without time zone": compare in UTC whatever the
  // session's TimeZone.
  return Prisma.sql`a.status IN (${Prisma.join(statuses)}) AND a."publishedAt" <= (${due.toISOString()}::timestamptz AT TIME ZONE 'UTC') AND a."deletedAt" IS NULL`;
}

const yearOf = Prisma.sql`date_part('year', (a."publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${SCHOOL_TIME_ZONE})::int`;

type PageRow = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  categorySlug: string;
  categoryName: string;
  categoryDescription: string;
  imageStorageKey: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageCaption: string | null;
  imageCredit: string | null;
  headline: string;
  titleHeadline: string;
};

type FacetRow = { kind: "category" | "year"; key: string; label: string; position: number; count: number };

function toHit(row: PageRow): SearchHit {
  const summary = toSummary({
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt),
    category: { slug: row.categorySlug, name: row.categoryName, description: row.categoryDescription },
    heroImage:
      row.imageStorageKey === null
        ? null
        : {
            storageKey: row.imageStorageKey,
            alt: row.imageAlt ?? "",
            width: row.imageWidth ?? 0,
            height: row.imageHeight ?? 0,
            caption: row.imageCaption ?? "",
            credit: row.imageCredit ?? "",
          },
  });
  return { ...summary, headline: row.headline, titleHeadline: row.titleHeadline };
}

/**
 * The page query: rank every match (found through the GIN index when the words are selective),
 * keep one page with a top-N sort, and only then build the headlines, which re-read the text:
 * their cost is per page, not per match. No count here: a window count would carry every match's
 * vector through a tuplestore; the total comes from the facets. Exported for the benchmark's
 * EXPLAIN (scripts/bench-search.ts).
 */
export function searchPageSql(
  q: string,
  page: number,
  perPage: number,
  categorySlug: string | null,
  year: number | null,
  now: Date,
): Prisma.Sql {
  const categoryFilter = categorySlug
    ? Prisma.sql`AND a."categoryId" IN (SELECT id FROM "Category" WHERE slug = ${categorySlug})`
    : Prisma.empty;
  const yearFilter = year !== null ? Prisma.sql`AND ${yearOf} = ${year}` : Prisma.empty;
  return Prisma.sql`
    SELECT
      a.slug, a.title, a.excerpt, a."publishedAt",
      c.slug AS "categorySlug", c.name AS "categoryName", c.description AS "categoryDescription",
      m."storageKey" AS "imageStorageKey", m.alt AS "imageAlt", m.width AS "imageWidth",
      m.height AS "imageHeight", m.caption AS "imageCaption", m.credit AS "imageCredit",
      ts_headline('kiosque_fr', translate(a.excerpt || E'\n\n' || kiosque_article_plain_text(a.body), ${MARKERS}, ''),
        ranked.query, ${HEADLINE_OPTIONS}) AS headline,
      ts_headline('kiosque_fr', translate(a.title, ${MARKERS}, ''), ranked.query, ${TITLE_OPTIONS}) AS "titleHeadline"
    FROM (
      SELECT a.id, a."publishedAt", search.query,
        ts_rank_cd(a."searchVector", search.query, 1) AS rank
      FROM "Article" a, (SELECT websearch_to_tsquery('kiosque_fr', ${q}) AS query) AS search
      WHERE a."searchVector" @@ search.query AND ${publicPredicate(now)} ${categoryFilter} ${yearFilter}
      ORDER BY rank DESC, a."publishedAt" DESC, a.id DESC
      LIMIT ${perPage} OFFSET ${(page - 1) * perPage}
    ) AS ranked
    JOIN "Article" a ON a.id = ranked.id
    JOIN "Category" c ON c.id = a."categoryId"
    LEFT JOIN "Media" m ON m.id = a."heroImageId"
    ORDER BY ranked.rank DESC, ranked."publishedAt" DESC, ranked.id DESC`;
}

/**
 * The facets query: counts per category (with the selected year) and per year (with the selected
 * category) of all matches, without ranking. The categories' counts also give the total.
 */
export function searchFacetsSql(q: string, categorySlug: string | null, year: number | null, now: Date): Prisma.Sql {
  const sameYear = year !== null ? Prisma.sql`m.year = ${year}` : Prisma.sql`TRUE`;
  const sameCategory = categorySlug ? Prisma.sql`c.slug = ${categorySlug}` : Prisma.sql`TRUE`;
  return Prisma.sql`
    WITH matches AS (
      SELECT a."categoryId", ${yearOf} AS year
      FROM "Article" a
      WHERE a."searchVector" @@ websearch_to_tsquery('kiosque_fr', ${q}) AND ${publicPredicate(now)}
    )
    SELECT 'category' AS kind, c.slug AS key, c.name AS label, c.position AS position,
      (count(*) FILTER (WHERE ${sameYear}))::int AS count
    FROM matches m JOIN "Category" c ON c.id = m."categoryId"
    GROUP BY c.slug, c.name, c.position
    UNION ALL
    SELECT 'year', m.year::text, m.year::text, m.year, (count(*) FILTER (WHERE ${sameCategory}))::int
    FROM matches m JOIN "Category" c ON c.id = m."categoryId"
    GROUP BY m.year`;
}

async function loadFacets(q: string, categorySlug: string | null, year: number | null, now: Date): Promise<SearchFacets> {
  const rows = await prisma.$queryRaw<FacetRow[]>(searchFacetsSql(q, categorySlug, year, now));
  const byKind = (kind: FacetRow["kind"]) => rows.filter((row) => row.kind === kind);
  return {
    categories: byKind("category")
      .sort((a, b) => a.position - b.position || a.label.localeCompare(b.label, "fr"))
      .map((row) => ({ slug: row.key, name: row.label, count: row.count })),
    years: byKind("year")
      .map((row) => ({ year: Number(row.key), count: row.count }))
      .sort((a, b) => b.year - a.year),
  };
}

const EMPTY_FACETS: SearchFacets = { categories: [], years: [] };

/**
 * The search itself, without cache: one page of public articles matching `q`, best first
 * (ts_rank_cd, then newest), or null when the page does not exist (beyond the last one). Page 1
 * always exists, even without results. An empty query matches nothing and touches no table.
 */
export async function searchArticlesUncached(
  q: string,
  page: number,
  perPage: number,
  categorySlug: string | null,
  year: number | null,
  now: Date = new Date(),
): Promise<SearchResult | null> {
  if (q === "") return page === 1 ? { items: [], total: 0, page: 1, pageCount: 1, facets: EMPTY_FACETS } : null;
  const [rows, facets] = await Promise.all([
    prisma.$queryRaw<PageRow[]>(searchPageSql(q, page, perPage, categorySlug, year, now)),
    loadFacets(q, categorySlug, year, now),
  ]);
  // Each category's count has the year filter applied: the selected category's count, or the sum
  // of all of them, is the number of results.
  const total = facets.categories
    .filter((category) => categorySlug === null || category.slug === categorySlug)
    .reduce((sum, category) => sum + category.count, 0);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  if (page > pageCount) return null;
  return { items: rows.map(toHit), total, page, pageCount, facets };
}

type Normalized = { q: string; page: number; perPage: number; categorySlug: string | null; year: number | null };

function normalize(options: SearchOptions): Normalized | null {
  const { page, perPage } = options;
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) return null;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) return null;
  const categorySlug = options.categorySlug ?? null;
  if (categorySlug !== null && !isSlug(categorySlug)) return null;
  const year = options.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) return null;
  return { q: normalizeSearchText(options.q), page, perPage, categorySlug, year };
}

/**
 * Full-text search of public articles, in French (docs/decisions/0005-search.md), cached by its
 * normalized inputs like every public read: invalidated with the articles, and never kept past
 * the moment the next scheduled article is due. Null when the page does not exist.
 */
export async function searchArticles(options: SearchOptions): Promise<SearchResult | null> {
  const input = normalize(options);
  if (!input) return null;
  const { q, page, perPage, categorySlug, year } = input;
  // Nothing to look for: no query, no cache entry.
  if (q === "") return searchArticlesUncached(q, page, perPage, categorySlug, year);
  const load = await publicCache(
    (...args: [string, number, number, string | null, number | null]) => searchArticlesUncached(...args),
    ["search-articles"],
    [tags.articles, ...(categorySlug ? [tags.category(categorySlug)] : [])],
  );
  return load(q, page, perPage, categorySlug, year);
}
