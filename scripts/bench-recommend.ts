/**
 * A burst on "Envoyer à un proche": 1,000 form submissions from one IP, then 1,000 from 100 IPs
 * (ten each) — on one page, then spread over every published article — as a script would post them without JavaScript (the form's own fields, a different
 * recipient each time, after the minimum fill time):
 *
 *   node --import tsx scripts/bench-recommend.ts [--burst 1000] [--concurrency 20]
 *
 * Starts its own production site (scripts/bench-site.ts) behind one trusted proxy hop, so that
 * X-Forwarded-For stands for the client's IP, and with SMTP_URL pointing at a local SMTP server
 * that counts what arrives. Each scenario starts with empty counters and an empty outbox. Prints
 * how many submissions were accepted, which limit refused the others, how many mails were queued
 * and how many reached the SMTP server. Needs `npm run build` first.
 */
import { parseArgs } from "node:util";
import { startSmtpServer } from "../tests/support/smtp";
import { sql, startBenchSite } from "./bench-site";

const { values } = parseArgs({ options: { burst: { type: "string", default: "1000" }, concurrency: { type: "string", default: "20" } } });
const BURST = Number(values.burst);
const CONCURRENCY = Number(values.concurrency);

const smtp = await startSmtpServer();
const site = await startBenchSite({
  name: "bench-recommend",
  env: { TRUSTED_PROXY_HOPS: "1", SMTP_URL: smtp.url },
});

/** The form as a browser without JavaScript would post it: every field the page rendered. */
async function formFields(pagePath: string): Promise<{ action: string; fields: [string, string][] }> {
  const html = await (await fetch(new URL(`/recommander?page=${encodeURIComponent(pagePath)}`, site.baseURL))).text();
  // The recommendation form, not the header's search form before it.
  const start = html.lastIndexOf("<form", html.indexOf('aria-label="Envoyer cette page à un proche"'));
  const form = html.slice(start, html.indexOf("</form>", start));
  const decode = (value: string) => value.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  const fields: [string, string][] = [];
  for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  return { action: new URL(`/recommander?page=${encodeURIComponent(pagePath)}`, site.baseURL).toString(), fields };
}

type Outcome = "accepted" | "limited" | "site cap" | "other";

async function submit(form: { action: string; fields: [string, string][] }, ip: string, recipient: string): Promise<Outcome> {
  const body = new FormData();
  for (const [name, value] of form.fields) body.append(name, value);
  body.append("recipient", recipient);
  body.append("senderName", "Jeanne Martin");
  body.append("message", "Un article à lire.");
  body.append("website", "");
  const response = await fetch(form.action, { method: "POST", body, headers: { "x-forwarded-for": ip, origin: site.baseURL } });
  const html = await response.text();
  if (html.includes("Merci : votre recommandation")) return "accepted";
  if (html.includes("toutes les recommandations qu’il peut envoyer")) return "site cap";
  if (html.includes("Trop de recommandations")) return "limited";
  return "other";
}

async function scenario(label: string, ipOf: (index: number) => string, pages: string[]) {
  await sql(site.databaseUrl, `TRUNCATE "RateCounter", "OutboxMail", "ShareCount"`);
  const forms = await Promise.all(pages.map(formFields));
  await new Promise((resolve) => setTimeout(resolve, 3_500));
  const receivedBefore = smtp.messages.length;
  const outcomes = new Map<Outcome, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < BURST) {
        const index = next++;
        const outcome = await submit(forms[index % forms.length]!, ipOf(index), `destinataire.${label.length}.${index}@exemple.fr`);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const queued = Number((await sql(site.databaseUrl, `SELECT count(*) FROM "OutboxMail"`))[0]!.count);
  // Wait for the worker to drain the outbox, then for any straggler.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && Number((await sql(site.databaseUrl, `SELECT count(*) FROM "OutboxMail" WHERE status = 'PENDING'`))[0]!.count) > 0) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return { label, seconds, outcomes, queued, delivered: smtp.messages.length - receivedBefore };
}

try {
  const articles = (await sql(site.databaseUrl, `SELECT '/actualites/' || slug AS path FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC`)).map((row) => row.path as string);
  const fromHundredIps = (index: number) => `203.0.113.${(index % 100) + 1}`;
  const results = [
    await scenario(`${BURST} submissions from one IP, one page`, () => "198.51.100.7", articles.slice(0, 1)),
    await scenario(`${BURST} submissions from 100 IPs, one page`, fromHundredIps, articles.slice(0, 1)),
    await scenario(`${BURST} submissions from 100 IPs, ${articles.length} pages`, fromHundredIps, articles),
  ];
  console.log(`\n"Envoyer à un proche" under a burst (${CONCURRENCY} at a time, a new recipient each time; site cap 200 a day)\n`);
  console.log("| scenario | accepted | refused by a limit | refused by the site's daily cap | other | mails queued | mails delivered over SMTP | duration |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const get = (outcome: Outcome) => r.outcomes.get(outcome) ?? 0;
    console.log(`| ${r.label} | ${get("accepted")} | ${get("limited")} | ${get("site cap")} | ${get("other")} | ${r.queued} | ${r.delivered} | ${r.seconds.toFixed(1)} s |`);
  }
} finally {
  await site.stop();
  await smtp.close();
}
