/**
 * `npm run soak [-- --minutes 10] [--server postgresql://…]`: a production site of its own
 * (scripts/bench-site.ts) under moderate, steady load for N minutes — public pages, searches,
 * share beacons, and a member of staff creating, saving and publishing articles through the
 * editor's server actions — sampling the server's resident memory every 10 s. Prints the errors
 * and the memory curve. Not part of `npm test`: it is a measurement.
 */
import { readFile } from "node:fs/promises";
import { actionId, callAction, sessionCookie, TEST_AUTH_SECRET, TEST_ENCRYPTION_KEY } from "../tests/support/site";
import { sql, startBenchSite } from "./bench-site";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const minutes = Number(option("minutes") ?? 10);
const server = option("server");
if (!Number.isFinite(minutes) || minutes <= 0) throw new Error("--minutes : un nombre de minutes positif, par exemple 10");

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const WORDS = ["police", "formation", "commissaire", "sécurité", "partenariat", "continuum", "recherche", "élèves", "concours", "xylophone"];
const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Tally = { requests: number; errors: number };
const tallies: Record<string, Tally> = {};
const errors: string[] = [];
const count = (kind: string, ok: boolean, detail: string) => {
  const tally = (tallies[kind] ??= { requests: 0, errors: 0 });
  tally.requests += 1;
  if (!ok) {
    tally.errors += 1;
    if (errors.length < 50) errors.push(`${new Date().toISOString()} ${kind} ${detail}`);
  }
};

async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function nextServerPid(startPid: number): Promise<number> {
  const children = await readFile(`/proc/${startPid}/task/${startPid}/children`, "utf8");
  for (const pid of children.trim().split(/\s+/).map(Number)) {
    if ((await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).includes("next")) return pid;
  }
  throw new Error("serveur Next.js introuvable");
}

console.log(`[soak] démarrage du site (build si nécessaire)…`);
const site = await startBenchSite({ name: "soak", server, env: { AUTH_SECRET: TEST_AUTH_SECRET, KIOSQUE_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY } });
let stopping = false;
const stop = async () => {
  stopping = true;
  await site.stop();
};
process.on("SIGINT", () => void stop().then(() => process.exit(130)));

try {
  const serverPid = await nextServerPid(site.pid);
  if (server) await sql(site.databaseUrl, `INSERT INTO "Category" (id, slug, name, "updatedAt") VALUES ('rubriquedelendurance0001', 'endurance', 'Endurance', now()) ON CONFLICT DO NOTHING`);
  const articles = (await sql(site.databaseUrl, `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now()`)).map((row) => String(row.slug));
  const categories = (await sql(site.databaseUrl, `SELECT slug FROM "Category"`)).map((row) => String(row.slug));
  const tags = (await sql(site.databaseUrl, `SELECT slug FROM "Tag"`)).map((row) => String(row.slug));
  const cookie = await sessionCookie(site.databaseUrl, "admin@kiosque.localhost");
  const ids = {
    create: await actionId("app/admin/(espace)/articles/actions.ts", "createArticleAction"),
    save: await actionId("app/admin/(espace)/articles/actions.ts", "saveArticleAction"),
    publish: await actionId("app/admin/(espace)/articles/actions.ts", "publishArticleAction"),
  };
  const get = async (kind: string, path: string) => {
    try {
      const response = await fetch(`${site.baseURL}${path}`, { headers: { "User-Agent": BROWSER, "Accept-Encoding": "gzip" }, redirect: "manual" });
      await response.arrayBuffer();
      count(kind, response.status < 400 || (response.status === 404 && path.includes("xylophone")), `${response.status} ${path}`);
    } catch (error) {
      count(kind, false, `${path} ${String(error)}`);
    }
  };
  const readers = async () => {
    while (!stopping) {
      const roll = Math.random();
      if (roll < 0.35 && articles.length) await get("article", `/actualites/${pick(articles)}`);
      else if (roll < 0.45) await get("accueil", "/");
      else if (roll < 0.55) await get("liste", `/actualites?page=${1 + Math.floor(Math.random() * 3)}`);
      else if (roll < 0.62 && categories.length) await get("rubrique", `/rubriques/${pick(categories)}`);
      else if (roll < 0.68 && tags.length) await get("mot-clé", `/mots-cles/${pick(tags)}`);
      else if (roll < 0.72) await get("flux", "/flux/rss.xml");
      else if (roll < 0.75) await get("plan", "/sitemap.xml");
      else if (roll < 0.9) await get("recherche", `/recherche?q=${encodeURIComponent(pick(WORDS))}`);
      else if (articles.length) {
        const page = `/actualites/${pick(articles)}`;
        try {
          const response = await fetch(`${site.baseURL}/api/partages`, {
            method: "POST",
            headers: { "Content-Type": "text/plain", "User-Agent": BROWSER, Origin: site.baseURL, "Sec-Fetch-Site": "same-origin", "X-Forwarded-For": `198.51.100.${Math.floor(Math.random() * 250)}` },
            body: JSON.stringify({ page, channel: pick(["LINKEDIN", "X", "FACEBOOK", "BLUESKY", "WHATSAPP", "COPY"]) }),
          });
          count("partage", response.status < 400, `${response.status}`);
        } catch (error) {
          count("partage", false, String(error));
        }
      }
      // Moderate load: about 4 requests a second per reader.
      await sleep(150 + Math.random() * 200);
    }
  };
  const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  const editor = async () => {
    for (let round = 0; !stopping; round++) {
      const created = await callAction(site, { id: ids.create, page: "/admin/articles/nouveau", cookie, args: [{ title: `Endurance ${round}` }] }).catch(() => null);
      const article = (created?.result as { data?: { id: string; version: number } } | undefined)?.data;
      count("écriture", Boolean(article), `création ${created?.status}`);
      if (article) {
        const [row] = await sql(site.databaseUrl, `SELECT "categoryId" FROM "Article" WHERE id = $1`, [article.id]);
        const input = { id: article.id, version: article.version, autosave: true, title: `Endurance ${round}`, excerpt: "Un chapô d’endurance.", body: doc(`Texte ${round}`), slug: "", slugAuto: true, categoryId: String(row!.categoryId), heroImageId: null, tagIds: [] };
        const saved = await callAction(site, { id: ids.save, page: `/admin/articles/${article.id}`, cookie, args: [input] }).catch(() => null);
        const version = (saved?.result as { data?: { version: number } } | undefined)?.data?.version;
        count("écriture", Boolean(version), `sauvegarde ${saved?.status}`);
        if (version) {
          const published = await callAction(site, { id: ids.publish, page: `/admin/articles/${article.id}`, cookie, args: [{ id: article.id, version }] }).catch(() => null);
          count("écriture", (published?.result as { status?: string } | undefined)?.status === "success", `publication ${published?.status}`);
        }
      }
      await sleep(10_000);
    }
  };

  const samples: { minute: number; mb: number }[] = [];
  const started = Date.now();
  const workers = [readers(), readers(), readers(), readers(), editor()];
  console.log(`[soak] ${minutes} min de charge modérée sur ${site.baseURL} (serveur PID ${serverPid})`);
  console.log("minute  RSS (Mo)  requêtes  erreurs");
  while (Date.now() - started < minutes * 60_000) {
    await sleep(10_000);
    const mb = await rss(serverPid);
    samples.push({ minute: (Date.now() - started) / 60_000, mb });
    const totals = Object.values(tallies).reduce((sum, tally) => ({ requests: sum.requests + tally.requests, errors: sum.errors + tally.errors }), { requests: 0, errors: 0 });
    console.log(`${samples.at(-1)!.minute.toFixed(2).padStart(6)}  ${mb.toFixed(1).padStart(8)}  ${String(totals.requests).padStart(8)}  ${String(totals.errors).padStart(7)}`);
  }
  stopping = true;
  await Promise.all(workers);

  console.log("\n[soak] par type de requête :");
  for (const [kind, tally] of Object.entries(tallies)) console.log(`  ${kind.padEnd(10)} ${String(tally.requests).padStart(7)} requêtes, ${tally.errors} erreurs`);
  console.log(errors.length ? `\n[soak] erreurs (50 premières) :\n  ${errors.join("\n  ")}` : "\n[soak] aucune erreur");
  const half = samples.filter((sample) => sample.minute >= minutes / 2);
  if (half.length >= 2) {
    const first = half[0]!;
    const last = half.at(-1)!;
    const slope = (last.mb - first.mb) / (last.minute - first.minute);
    const peak = Math.max(...samples.map((sample) => sample.mb));
    console.log(`[soak] mémoire : ${samples[0]!.mb.toFixed(0)} Mo à 10 s, pic ${peak.toFixed(0)} Mo, fin ${last.mb.toFixed(0)} Mo ; seconde moitié : ${slope >= 0 ? "+" : ""}${slope.toFixed(2)} Mo/min`);
  }
} finally {
  await stop();
}
