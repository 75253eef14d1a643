/**
 * Publish-to-visible: how long after the click on "Publier" (then "Mettre à jour" with a new
 * title and address, then "Dépublier") every public place shows it — the article's page, the home
 * page, the listing, the category and tag pages, both feeds, both sitemaps and the search:
 *
 *   node --import tsx scripts/bench-publish.ts [--runs 20]                       # embedded PostgreSQL 17
 *   node --import tsx scripts/bench-publish.ts --server postgresql://postgres@127.0.0.1:55415/postgres
 *
 * Starts its own site (scripts/start.ts, production build, on a free port, a temporary data
 * directory; with --server, in a new database of that server, dropped at the end), signs in an
 * editor of its own in Debian's Chromium, and for each run writes an article through the editor,
 * then times each step with tests/e2e/public-surfaces.ts: every place is polled at once, and a
 * step's time is that of the slowest place. The browser test tests/e2e/admin/visible-everywhere.spec.ts
 * asserts the same within one second.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { chromium } from "@playwright/test";
import { press, retitle, uniqueWord, unpublish, writeDraft } from "../tests/e2e/admin/newsroom-steps";
import { goneEverywhere, redirects, shownEverywhere, timeUntilAll, type ArticleOnSite, type Timings } from "../tests/e2e/public-surfaces";
import { sql, startBenchSite } from "./bench-site";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, server: { type: "string" } } });
const RUNS = Number(values.runs);
const STEP_TIMEOUT_MS = 15_000;

const site = await startBenchSite({ name: "bench-publish", server: values.server });
const { baseURL, databaseUrl } = site;
const results: Record<"publish" | "update" | "unpublish", Timings[]> = { publish: [], update: [], unpublish: [] };
try {

  // Content of its own, so that the external database (no demo content) has what the editor needs.
  const suffix = Date.now().toString(36);
  await sql(databaseUrl, `INSERT INTO "Category" (id, slug, name, "updatedAt") VALUES ($1, 'banc-d-essai', 'Banc d''essai', now())`, [`bench${suffix}c`.padEnd(25, "0")]);
  await sql(databaseUrl, `INSERT INTO "Tag" (id, slug, name) VALUES ($1, 'mesure', 'mesure')`, [`bench${suffix}t`.padEnd(25, "0")]);
  const editor = { email: `banc-${suffix}@ecole.example`, password: randomUUID() };
  await sql(databaseUrl, `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'Banc d''essai', $3, 'EDITOR', now())`, [
    `bench${suffix}u`.padEnd(25, "0"),
    editor.email,
    await hash(editor.password),
  ]);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage({ baseURL, locale: "fr-FR" });
    await page.goto("/admin/connexion");
    await page.getByLabel("Adresse électronique").fill(editor.email);
    await page.getByLabel("Mot de passe").fill(editor.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/\/admin$/);

    // Every public page once, so that the runs measure a warm server, as readers meet it.
    for (const check of shownEverywhere({ slug: "x", title: "x", categorySlug: "banc-d-essai", tagSlug: "mesure", searchWord: "x" })) await fetch(new URL(check.path, baseURL));

    for (let run = 1; run <= RUNS; run++) {
      const word = uniqueWord("banc");
      const draft = { title: `Mesure de publication ${run} ${suffix}`, excerpt: `Le mot ${word} pour la recherche.`, text: "Un texte court.", category: "Banc d'essai", tag: "mesure" };
      const { slug } = await writeDraft(page, draft);
      const article: ArticleOnSite = { slug, title: draft.title, categorySlug: "banc-d-essai", tagSlug: "mesure", searchWord: word };
      results.publish.push(await timeUntilAll(baseURL, shownEverywhere(article), { since: await press(page, "Publier"), timeoutMs: STEP_TIMEOUT_MS }));
      await page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Dépublier", exact: true }).waitFor();

      const corrected = { ...article, title: `Mesure corrigée ${run} ${suffix}`, slug: `${slug}-corrigee` };
      await retitle(page, corrected.title, corrected.slug);
      results.update.push(
        await timeUntilAll(baseURL, [...shownEverywhere(corrected), redirects(slug, corrected.slug)], { since: await press(page, "Mettre à jour"), timeoutMs: STEP_TIMEOUT_MS }),
      );
      results.unpublish.push(await timeUntilAll(baseURL, goneEverywhere(corrected), { since: await unpublish(page), timeoutMs: STEP_TIMEOUT_MS }));
      await page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Publier", exact: true }).waitFor();
      process.stderr.write(`run ${run}/${RUNS}: ${Math.max(...Object.values(results.publish.at(-1)!))} ms\n`);
    }
  } finally {
    await browser.close();
  }

  const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const slowest = (timings: Timings) => Math.max(...Object.values(timings));
  console.log(`\nPublish-to-visible, ${RUNS} runs, ${values.server ? "external PostgreSQL" : "embedded PostgreSQL 17"} (ms from the click to the last of ${shownEverywhere({ slug: "", title: "", categorySlug: "", tagSlug: "", searchWord: "" }).length} places)\n`);
  console.log("| step | median | p90 | worst | last place in the worst run |\n|---|---:|---:|---:|---|");
  for (const [step, list] of Object.entries(results)) {
    const sorted = list.map(slowest).sort((a, b) => a - b);
    const worst = list.reduce((a, b) => (slowest(b) > slowest(a) ? b : a));
    const lastPlace = Object.entries(worst).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    console.log(`| ${step} | ${quantile(sorted, 0.5)} | ${quantile(sorted, 0.9)} | ${sorted.at(-1)} | ${lastPlace} |`);
  }
  console.log("\nPublish, by place (median / worst, ms)\n");
  for (const place of Object.keys(results.publish[0] ?? {})) {
    const sorted = results.publish.map((timings) => timings[place]!).sort((a, b) => a - b);
    console.log(`- ${place}: ${quantile(sorted, 0.5)} / ${sorted.at(-1)}`);
  }
} finally {
  await site.stop();
}
