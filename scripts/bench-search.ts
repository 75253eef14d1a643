/**
 * Benchmark of the full-text search (docs/decisions/0005-search.md):
 *
 *   node --conditions=react-server --import tsx scripts/bench-search.ts [--runs 50]
 *
 * Starts its own embedded PostgreSQL 17 in a temporary directory, applies the migrations, inserts
 * 100 generated French articles, then 9,900 more (10,000), runs ANALYZE, and times each
 * representative query through the search itself (searchArticlesUncached: the same SQL as the
 * site, without Next's cache), N runs after a warm-up, reporting the median and the 95th
 * percentile. Ends with EXPLAIN (ANALYZE, BUFFERS) of the page query at 10,000 articles, to show
 * that the GIN index serves it. Everything is removed at the end (after Ctrl-C with --keep, which
 * leaves the database running for inspection).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase, freeLocalPort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations";
import { toPlainText } from "../lib/rich-text/plain-text";
import { articles as seedArticles, categories as seedCategories } from "../prisma/seed-data";

const { values } = parseArgs({ options: { runs: { type: "string", default: "50" }, keep: { type: "boolean", default: false } } });
const RUNS = Number(values.runs);
const PER_PAGE = 12;

const QUERIES: Array<{ label: string; q: string; page?: number; category?: string }> = [
  { label: "frequent word", q: "sécurité" },
  { label: "two words, no accents", q: "formation commissaires" },
  { label: "rare word", q: "biathlon" },
  { label: "phrase", q: '"police nationale"' },
  { label: "word -exclusion", q: "partenariat -gendarmerie" },
  { label: "frequent word, category", q: "sécurité", category: "partenariats" },
  { label: "frequent word, page 3", q: "sécurité", page: 3 },
  { label: "no match", q: "xylophone" },
];

// Realistic French text: generated articles are made of the sentences of the 44 demo articles
// (prisma/seed-data), each mostly about one of them (its "topic", which gives its category) with
// sentences of a second one, so that word frequencies look like the site's. One article in 200
// mentions "biathlon", which no demo article does: a rare word.
type CorpusArticle = { category: string; sentences: string[] };

function loadCorpus(): CorpusArticle[] {
  return seedArticles.map((article) => ({
    category: article.category,
    sentences: [article.excerpt, ...toPlainText(article.body).split(/(?<=[.!?…»])\s+/u)]
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length > 30),
  }));
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATUSES = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "ARCHIVED"] as const;

function generator(seed: number, corpus: CorpusArticle[]) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return (index: number) => {
    const topic = pick(corpus);
    const other = pick(corpus);
    const sentence = () => pick(next() < 0.7 ? topic.sentences : other.sentences);
    const words = sentence().split(" ");
    const title = words.slice(0, 6 + Math.floor(next() * 8)).join(" ").replace(/[,;:]$/u, "");
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 6) }, () =>
      Array.from({ length: 1 + Math.floor(next() * 3) }, sentence).join(" "),
    );
    if (index % 200 === 0) paragraphs.push("En fin de séjour, les élèves se sont initiés au biathlon dans le Vercors.");
    return {
      slug: `article-${index}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      excerpt: sentence(),
      body: { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) },
      // Spread over ten years, all in the past; one article in five is not public.
      publishedAt: new Date(Date.UTC(2016, 0, 1) + Math.floor(next() * 3650) * 86_400_000),
      status: pick(STATUSES),
      category: topic.category,
    };
  };
}


function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-bench-search-"));
  const server = await startEmbeddedPostgres({ dataDir, port: await freeLocalPort() });
  try {
    await ensureDatabase(server.adminUrl, "bench");
    const url = server.databaseUrl("bench");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    process.env.KIOSQUE_DATA_DIR = dataDir;
    const { prisma, disconnectDb } = await import("../lib/db");
    const { Prisma } = await import("../lib/generated/prisma/client");
    const { searchArticlesUncached, searchPageSql } = await import("../lib/search/search-articles");

    const author = await prisma.user.create({ data: { email: "bench@kiosque.localhost", name: "Bench", passwordHash: "!" } });
    const categoryIds = new Map<string, string>();
    for (const { slug, name, description, position } of seedCategories) {
      const category = await prisma.category.create({ data: { slug, name, description, position } });
      categoryIds.set(slug, category.id);
    }
    const make = generator(20261126, loadCorpus());
    let inserted = 0;
    const insertUpTo = async (count: number) => {
      const started = performance.now();
      while (inserted < count) {
        const batch = Array.from({ length: Math.min(500, count - inserted) }, (_, i) => make(inserted + i));
        await prisma.article.createMany({
          data: batch.map(({ category, ...article }) => ({ ...article, authorId: author.id, categoryId: categoryIds.get(category)! })),
        });
        inserted += batch.length;
      }
      await prisma.$executeRawUnsafe("ANALYZE");
      return performance.now() - started;
    };

    const measure = async () => {
      const results: Array<{ label: string; median: number; p95: number; total: number }> = [];
      for (const { label, q, page = 1, category } of QUERIES) {
        const run = () => searchArticlesUncached(q, page, PER_PAGE, category ?? null, null);
        for (let i = 0; i < 3; i++) await run();
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          const result = await run();
          times.push(performance.now() - started);
          total = result?.total ?? 0;
        }
        times.sort((a, b) => a - b);
        results.push({ label: `${label} (${q}${category ? `, ${category}` : ""}${page > 1 ? `, page ${page}` : ""})`, median: percentile(times, 50), p95: percentile(times, 95), total });
      }
      return results;
    };

    const report: Record<number, Awaited<ReturnType<typeof measure>>> = {};
    for (const size of [100, 10_000]) {
      const seconds = (await insertUpTo(size)) / 1000;
      const [{ bytes }] = await prisma.$queryRaw<[{ bytes: string }]>`SELECT pg_size_pretty(pg_relation_size('"Article_searchVector_idx"')) AS bytes`;
      console.log(`\n${size} articles inserted (${seconds.toFixed(1)} s, GIN index ${bytes}); ${RUNS} runs per query:`);
      report[size] = await measure();
      for (const row of report[size]) {
        console.log(`  ${row.label.padEnd(60)} median ${row.median.toFixed(2).padStart(7)} ms   p95 ${row.p95.toFixed(2).padStart(7)} ms   ${row.total} results`);
      }
    }

    console.log("\nSummary (median / p95 in ms):");
    console.log(`| query | 100 articles | 10,000 articles | results at 10,000 |\n|---|---:|---:|---:|`);
    for (const [i, row] of report[10_000]!.entries()) {
      const small = report[100]![i]!;
      console.log(`| ${row.label} | ${small.median.toFixed(1)} / ${small.p95.toFixed(1)} | ${row.median.toFixed(1)} / ${row.p95.toFixed(1)} | ${row.total} |`);
    }

    for (const q of ["sécurité", "biathlon"]) {
      const plan = await prisma.$queryRaw<Array<{ "QUERY PLAN": string }>>(
        Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${searchPageSql(q, 1, PER_PAGE, null, null, new Date())}`,
      );
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the page query for « ${q} » at 10,000 articles:`);
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    await disconnectDb();
    if (values.keep) {
      console.log(`\nDatabase kept for inspection: ${url}\nCtrl-C to stop it.`);
      // embedded-postgres's own SIGINT hook would exit before the temporary directory is removed.
      process.removeAllListeners("SIGINT");
      await new Promise((resolve) => process.once("SIGINT", resolve));
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
