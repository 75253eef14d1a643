/**
 * `npm run bench`: the speed of every public page, beside the physical limit for the same bytes.
 *
 *   npm run bench -- [--articles 1000,20000] [--server postgresql://… [--skip-embedded]] [--skip-proxy] [--duration 10] [--connections 32]
 *
 * Builds the production server into .next-bench (when its sources changed), starts it on a fresh
 * embedded PostgreSQL 17 with the demo content plus generated archive articles (and, with
 * --server, again in a new database of that external server), and measures with wrk (Debian's
 * `wrk`) requests/s, p50 and p99 at 32 connections for home, listing, a deep listing page,
 * category, tag, article, search, RSS and sitemap. In the same run, Debian's `nginx` serves a saved
 * copy of the article's HTML as a file (gzip_static): each page's requests/s is given as a share of
 * that. Then two instances behind deploy/nginx/kiosque.conf (its 1 s micro-cache) are measured on
 * the article and the home page. The first render of uncached articles and searches is timed too.
 * Everything it starts is stopped, and its folders removed. See docs/decisions/0017-page-cache.md.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { buildIsCurrent, recordBuild } from "./build-stamp";
import { addArchive } from "./bench-archive";
import { sql, startBenchSite, type BenchSite } from "./bench-site";
import { startKiosqueProxy, startStaticFile, type Nginx } from "./nginx";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const DIST_DIR = ".next-bench";
process.env.KIOSQUE_DIST_DIR = DIST_DIR;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000,20000" },
    server: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    "skip-proxy": { type: "boolean", default: false },
    // with --server: that server only, not the embedded PostgreSQL first
    "skip-embedded": { type: "boolean", default: false },
  },
});
const SIZES = values.articles.split(",").map(Number);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);

type Measure = { rps: number; p50: number; p99: number; errors: number; bytes: number };

function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

/** wrk -t2 -c32 over one URL, after a warm-up request; requests/s, p50, p99 (ms), non-2xx. */
async function wrk(url: string): Promise<Measure> {
  // The warm-up, with curl: it gives the bytes sent (compressed), which fetch hides.
  const { stdout: warm } = await run("curl", ["-s", "-o", "/dev/null", "-H", "Accept-Encoding: gzip", "-w", "%{http_code} %{size_download}", url]);
  const [status, size] = warm.split(" ");
  if (status !== "200") throw new Error(`${url} : ${status}`);
  const { stdout } = await run("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${DURATION}s`, "--latency", "-H", "Accept-Encoding: gzip", url], { maxBuffer: 1 << 20 });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const p50 = milliseconds(/^\s+50%\s+(\S+)/m.exec(stdout)?.[1] ?? "");
  const p99 = milliseconds(/^\s+99%\s+(\S+)/m.exec(stdout)?.[1] ?? "");
  const errors = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0) + Number(/Socket errors:.*timeout (\d+)/.exec(stdout)?.[1] ?? 0);
  return { rps, p50, p99, errors, bytes: Number(size) };
}

async function ensureBuild(): Promise<void> {
  if (await buildIsCurrent()) return;
  console.log(`Construction de la version de production (${DIST_DIR})…`);
  await new Promise<void>((resolve, reject) => {
    const build = spawn("npx", ["next", "build"], { cwd: root, env: { ...process.env, KIOSQUE_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
    build.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build a échoué (${code})`))));
  });
  await recordBuild();
}

type Row = { page: string; url: string; measure: Measure };

function ratio(value: number, reference: number): string {
  const percent = (value / reference) * 100;
  return `${percent >= 10 ? percent.toFixed(0) : percent.toFixed(1)} %`;
}

function table(title: string, rows: Row[], reference: number): string {
  const lines = [`\n${title}`, "", "| page | bytes (gzip) | req/s | share of the static file | p50 | p99 | errors |", "|---|---:|---:|---:|---:|---:|---:|"];
  for (const { page, measure } of rows) {
    lines.push(`| ${page} | ${measure.bytes.toLocaleString("en")} | ${measure.rps.toFixed(0)} | ${ratio(measure.rps, reference)} | ${measure.p50.toFixed(2)} ms | ${measure.p99.toFixed(2)} ms | ${measure.errors} |`);
  }
  return lines.join("\n");
}

async function pagesOf(site: BenchSite): Promise<{ lastPage: number; pages: Array<{ page: string; path: string }> }> {
  const db = site.databaseUrl;
  const [category] = await sql(db, `SELECT c.slug FROM "Category" c JOIN "Article" a ON a."categoryId" = c.id GROUP BY c.slug ORDER BY count(*) DESC LIMIT 1`);
  const [tag] = await sql(db, `SELECT t.slug FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1`);
  const [counted] = await sql(db, `SELECT count(*)::int AS published FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishedAt" <= now()`);
  const [settings] = await sql(db, `SELECT "articlesPerPage" AS "perPage" FROM "SiteSettings" LIMIT 1`);
  const published = Number(counted?.published);
  const perPage = Number(settings?.perPage);
  const lastPage = Math.max(1, Math.ceil(published / perPage));
  const pages = [
    { page: "article", path: "/actualites/continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication" },
    { page: "home", path: "/" },
    { page: "listing", path: "/actualites" },
    { page: `listing, last page (${lastPage})`, path: `/actualites?page=${lastPage}` },
    { page: "category", path: `/rubriques/${category!.slug}` },
    { page: "tag", path: `/mots-cles/${tag!.slug}` },
    { page: "search", path: "/recherche?q=securite" },
    { page: "RSS", path: "/flux/rss.xml" },
    { page: "sitemap", path: "/sitemap.xml" },
  ];
  return { lastPage, pages };
}

/**
 * The first request of pages nobody asked for yet, one at a time: archive articles, distinct
 * searches, listing pages spread over the whole archive (the deepest last), and the sitemap.
 */
async function firstRenders(site: BenchSite, count: number, lastPage: number): Promise<Record<string, number[]>> {
  const slugs = (await sql(site.databaseUrl, `SELECT slug FROM "Article" WHERE slug LIKE 'archive-%' ORDER BY random() LIMIT $1`, [count])).map((row) => String(row.slug));
  const time = async (url: string) => {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} : ${response.status}`);
    return performance.now() - started;
  };
  const renders: Record<string, number[]> = { article: [], search: [], "listing page": [], "deepest listing page": [], sitemap: [] };
  for (const slug of slugs) renders.article!.push(await time(`${site.baseURL}/actualites/${slug}`));
  const words = ["formation", "police", "commissaires", "partenariat", "sécurité", "école", "élèves", "promotion", "cérémonie", "international"];
  for (let i = 0; i < count; i++) renders.search!.push(await time(`${site.baseURL}/recherche?q=${encodeURIComponent(`${words[i % words.length]} ${words[(i * 7 + 3) % words.length]}`)}&page=${1 + (i % 3)}`));
  for (let i = 1; i <= count; i++) renders["listing page"]!.push(await time(`${site.baseURL}/actualites?page=${Math.max(2, Math.round((lastPage * i) / (count + 1)))}`));
  renders["deepest listing page"]!.push(await time(`${site.baseURL}/actualites?page=${lastPage}`));
  renders.sitemap!.push(await time(`${site.baseURL}/sitemap.xml`));
  return renders;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const p95 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(list.length * 0.95) - 1)]!;

async function main() {
  for (const tool of ["wrk", "nginx"]) {
    await run("sh", ["-c", `command -v ${tool}`]).catch(() => {
      throw new Error(`${tool} est introuvable : apt-get install -y ${tool}`);
    });
  }
  await ensureBuild();
  const { stdout: cpu } = await run("sh", ["-c", "nproc; grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]);
  const output: string[] = [`Kiosque bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${cpu.trim().split("\n").reverse().join(", ").trim()} cores; wrk -t2 -c${CONNECTIONS} -d${DURATION}s, Accept-Encoding: gzip`];
  const databases: Array<{ label: string; server?: string }> = values.server && values["skip-embedded"] ? [] : [{ label: "embedded PostgreSQL 17" }];
  if (values.server) databases.push({ label: `external PostgreSQL (${(await sql(values.server, "SHOW server_version"))[0]?.server_version})`, server: values.server });

  for (const database of databases) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-bench-"));
    const external = database.server ? await externalDatabase(database.server, dataDir) : undefined;
    let site: BenchSite | undefined;
    try {
      for (const size of SIZES) {
        // Archive rows are written behind the site's back, before its first request: each size is
        // measured from a fresh start.
        site = await startBenchSite({ name: "bench", dataDir, databaseUrl: external });
        await addArchive(site.databaseUrl, size);
        const { lastPage, pages } = await pagesOf(site);
        const firsts = await firstRenders(site, 30, lastPage);
        const articleHtml = Buffer.from(await (await fetch(`${site.baseURL}${pages[0]!.path}`)).arrayBuffer());
        const reference = await startStaticFile(articleHtml);
        try {
          const before = await wrk(`${reference.url}/page.html`);
          const rows: Row[] = [];
          for (const { page, path: pagePath } of pages) rows.push({ page, url: pagePath, measure: await wrk(`${site.baseURL}${pagePath}`) });
          const after = await wrk(`${reference.url}/page.html`);
          const staticRps = (before.rps + after.rps) / 2;
          rows.unshift({ page: "**nginx, the article's HTML as a file**", url: "", measure: { ...before, rps: staticRps, p99: Math.max(before.p99, after.p99), p50: (before.p50 + after.p50) / 2 } });
          output.push(table(`${database.label}, ${size.toLocaleString("en")} archive articles (+ the demo's) — Next.js server alone; nginx before ${before.rps.toFixed(0)} and after ${after.rps.toFixed(0)} req/s`, rows, staticRps));
          output.push(
            `\nFirst render (nothing cached for that URL yet), one request at a time: ${Object.entries(firsts)
              .map(([name, list]) => (list.length > 1 ? `${name} median ${median(list).toFixed(0)} ms, p95 ${p95(list).toFixed(0)} ms (${list.length})` : `${name} ${list[0]!.toFixed(0)} ms`))
              .join("; ")}`,
          );
          if (!values["skip-proxy"] && size === SIZES[0]) output.push(await behindProxy(site, pages, reference));
        } finally {
          await reference.stop();
        }
        console.log(output.slice(-3).join("\n"));
        await site.stop();
        site = undefined;
      }
    } finally {
      await site?.stop();
      if (database.server && external) await sql(database.server, `DROP DATABASE IF EXISTS "${new URL(external).pathname.slice(1)}" WITH (FORCE)`).catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`\n${output.join("\n")}`);
}

/** A new database on an external server, migrated, with the demo content (media in dataDir). */
async function externalDatabase(server: string, dataDir: string): Promise<string> {
  const name = `kiosque_bench_${Date.now()}`;
  await sql(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const site = await startBenchSite({ name: "bench", dataDir, databaseUrl: url.toString() });
  await site.stop();
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts", "--demo"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url.toString(), KIOSQUE_DATA_DIR: dataDir },
  });
  return url.toString();
}

// What nginx writes itself for a file; every other header of the proxy's answer is added to the copy.
const FILE_HEADERS = new Set(["server", "date", "content-type", "content-length", "connection", "keep-alive", "etag", "last-modified", "accept-ranges", "content-encoding"]);

/**
 * Two instances behind deploy/nginx/kiosque.conf, beside the article's HTML as a file, bare and with
 * the same headers as the proxy's answer (the security policy with its hashes alone is about 1 KB:
 * bytes that every answer carries): article and home through the micro-cache, then through two
 * other instances that write their pages for nginx (KIOSQUE_STATIC_PAGES_DIR), served as files.
 */
async function behindProxy(site: BenchSite, pages: Array<{ page: string; path: string }>, reference: Nginx): Promise<string> {
  const pagesDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-bench-pages-"));
  const instances: BenchSite[] = [];
  const proxies: Nginx[] = [];
  let withHeaders: Nginx | undefined;
  try {
    instances.push(await startBenchSite({ name: "bench-2", databaseUrl: site.databaseUrl }));
    const microCache = await startKiosqueProxy([site.baseURL, instances[0]!.baseURL]);
    proxies.push(microCache);
    const writing = { KIOSQUE_STATIC_PAGES_DIR: pagesDir };
    instances.push(await startBenchSite({ name: "bench-3", databaseUrl: site.databaseUrl, env: writing }));
    instances.push(await startBenchSite({ name: "bench-4", databaseUrl: site.databaseUrl, env: writing }));
    const files = await startKiosqueProxy([instances[1]!.baseURL, instances[2]!.baseURL], undefined, pagesDir);
    proxies.push(files);

    const answer = await fetch(`${microCache.url}${pages[0]!.path}`, { headers: { "accept-encoding": "gzip" } });
    const html = Buffer.from(await answer.arrayBuffer());
    const headers = [...answer.headers].filter(([name]) => !FILE_HEADERS.has(name));
    withHeaders = await startStaticFile(html, headers);
    // A request through nginx reaches an instance, which keeps the page and writes it (unless an
    // invalidation came meanwhile: a starting instance empties its caches once it listens).
    for (const { path: pagePath } of pages.slice(0, 2)) {
      let from = "";
      for (let attempt = 0; attempt < 50 && from !== "FILE"; attempt++) {
        const answer = await fetch(`${files.url}${pagePath}`);
        await answer.arrayBuffer();
        from = answer.headers.get("x-micro-cache") ?? "";
        if (from !== "FILE") await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (from !== "FILE") throw new Error(`${pagePath} n'est pas servie depuis un fichier`);
    }
    // The bare file is measured again between two pages, and each page is compared with the mean
    // of the measures just before and after it: this machine's speed drifts by a tenth within a run.
    const before = [await wrk(`${reference.url}/page.html`), await wrk(`${withHeaders.url}/page.html`)];
    const fileMeasures = [before[0]!];
    const measures = [];
    for (const [proxy, how] of [[microCache, "micro-cache"], [files, "file written by the instances"]] as const) {
      for (const { page, path: pagePath } of pages.slice(0, 2)) {
        const measure = await wrk(`${proxy.url}${pagePath}`);
        fileMeasures.push(await wrk(`${reference.url}/page.html`));
        measures.push({ page: `${page} (${how})`, measure, beside: (fileMeasures.at(-2)!.rps + fileMeasures.at(-1)!.rps) / 2 });
      }
    }
    const after = [fileMeasures.at(-1)!, await wrk(`${withHeaders.url}/page.html`)];
    const bare = fileMeasures.reduce((sum, measure) => sum + measure.rps, 0) / fileMeasures.length;
    const same = (before[1]!.rps + after[1]!.rps) / 2;
    const lines = [
      "\nTwo instances behind deploy/nginx/kiosque.conf (micro-cache to the end of the second; pages written as files)",
      "",
      "| page | req/s | share of the file (measured just before and after) | share of the file with the same headers | p50 | p99 | errors |",
      "|---|---:|---:|---:|---:|---:|---:|",
      `| **nginx, the article's HTML as a file** | ${bare.toFixed(0)} | 100 % | | ${before[0]!.p50.toFixed(2)} ms | ${Math.max(before[0]!.p99, after[0]!.p99).toFixed(2)} ms | 0 |`,
      `| **the same file with the proxy's headers** (${headers.length}, ${headers.reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0).toLocaleString("en")} bytes) | ${same.toFixed(0)} | ${ratio(same, bare)} | 100 % | ${before[1]!.p50.toFixed(2)} ms | ${Math.max(before[1]!.p99, after[1]!.p99).toFixed(2)} ms | 0 |`,
    ];
    for (const { page, measure, beside } of measures) {
      lines.push(`| ${page} | ${measure.rps.toFixed(0)} | ${ratio(measure.rps, beside)} | ${ratio(measure.rps, same)} | ${measure.p50.toFixed(2)} ms | ${measure.p99.toFixed(2)} ms | ${measure.errors} |`);
    }
    return lines.join("\n");
  } finally {
    await withHeaders?.stop();
    for (const proxy of proxies) await proxy.stop();
    for (const instance of instances) await instance.stop();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
