/**
 * `npm run lighthouse`: Lighthouse (mobile, its default profile) on the home page, the listing and
 * the school's article, in Debian's Chromium, against a production server of its own (the build of
 * `npm run bench`, .next-bench, on a fresh embedded database with the demo content).
 *
 *   npm run lighthouse -- [--runs 3] [--json report-dir]
 *
 * Prints, per page, the median over the runs of the four scores, LCP, total blocking time, and the
 * bytes of JavaScript, CSS and fonts transferred (compressed), with the render-blocking requests.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startBenchSite } from "./bench-site";

process.env.KIOSQUE_DIST_DIR ||= ".next-bench";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, json: { type: "string" } } });
const RUNS = Number(values.runs);
const PAGES = [
  { name: "home", path: "/" },
  { name: "listing", path: "/actualites" },
  { name: "article", path: "/actualites/continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication" },
];

type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: Array<Record<string, unknown>> } }>;
};

type Result = { scores: Record<string, number>; lcp: number; tbt: number; cls: number; bytes: Record<string, number>; blocking: string[] };

function summarise(lhr: Lhr): Result {
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)]));
  const bytes: Record<string, number> = { Script: 0, Stylesheet: 0, Font: 0, Document: 0, Image: 0 };
  for (const item of lhr.audits["network-requests"]?.details?.items ?? []) {
    const type = String(item.resourceType ?? "");
    if (type in bytes) bytes[type]! += Number(item.transferSize ?? 0);
  }
  const blocking = (lhr.audits["render-blocking-resources"]?.details?.items ?? []).map((item) => `${String(item.url).replace(/^https?:\/\/[^/]+/, "")} (${Math.round(Number(item.totalBytes ?? 0) / 1024)} KB)`);
  return {
    scores,
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    bytes,
    blocking,
  };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

async function main() {
  const site = await startBenchSite({ name: "lighthouse" });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const lines = [
      `Lighthouse (mobile), ${RUNS} run(s) a page, median; Debian's Chromium; ${new Date().toISOString().slice(0, 10)}`,
      "",
      "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | JS | CSS | fonts | HTML |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ];
    const blocking = new Map<string, string[]>();
    for (const page of PAGES) {
      const url = `${site.baseURL}${page.path}`;
      // Warm: the page cache and Next's, as readers meet them.
      await (await fetch(url)).arrayBuffer();
      const results: Result[] = [];
      for (let run = 0; run < RUNS; run++) {
        const outcome = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
        if (!outcome) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
        if (values.json) {
          await mkdir(values.json, { recursive: true });
          await writeFile(path.join(values.json, `${page.name}-${run + 1}.json`), String(outcome.report));
        }
        results.push(summarise(outcome.lhr as unknown as Lhr));
      }
      const m = (pick: (result: Result) => number) => median(results.map(pick));
      const kb = (value: number) => `${(value / 1024).toFixed(0)} KB`;
      lines.push(
        `| ${page.name} | ${m((r) => r.scores.performance ?? 0)} | ${m((r) => r.scores.accessibility ?? 0)} | ${m((r) => r.scores["best-practices"] ?? 0)} | ${m((r) => r.scores.seo ?? 0)} | ${(m((r) => r.lcp) / 1000).toFixed(2)} s | ${m((r) => r.tbt).toFixed(0)} ms | ${m((r) => r.cls).toFixed(3)} | ${kb(m((r) => r.bytes.Script!))} | ${kb(m((r) => r.bytes.Stylesheet!))} | ${kb(m((r) => r.bytes.Font!))} | ${kb(m((r) => r.bytes.Document!))} |`,
      );
      blocking.set(page.name, results[0]!.blocking);
    }
    for (const [name, list] of blocking) lines.push("", `Render-blocking on ${name}: ${list.length ? list.join(", ") : "none"}`);
    console.log(lines.join("\n"));
  } finally {
    await chrome.kill();
    await site.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
