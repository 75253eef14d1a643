/**
 * Counting recommendations: the share panel's beacon (app/api/partages) and the no-JavaScript
 * Mastodon redirect (app/partager/mastodon), called as the browser calls them, against the real
 * database. Only a browser on the site's own pages, recommending a published page, within the
 * limits, raises a figure; every answer but malformed input is the same 204.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/partages/route";
import { GET as mastodon } from "@/app/partager/mastodon/route";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { parisDay, recordShare } from "@/lib/shares/record-share";
import { SHARE_LIMITS } from "@/lib/shares/count-share";
import { createArticle, resetDatabase } from "../factories";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

function browserHeaders(ip: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "user-agent": CHROME, origin: new URL(siteUrl()).origin, "sec-fetch-site": "same-origin", "x-kiosque-peer-address": ip, ...extra };
}

async function beacon(body: unknown, options: { ip?: string; headers?: Record<string, string> } = {}): Promise<number> {
  const response = await POST(
    new Request(`${siteUrl()}/api/partages`, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "text/plain;charset=UTF-8", ...browserHeaders(options.ip ?? "203.0.113.7", options.headers) },
    }),
  );
  return response.status;
}

async function counts(): Promise<Record<string, number>> {
  const rows = await prisma.shareCount.findMany();
  return Object.fromEntries(rows.map((row) => [`${row.page} ${row.channel}`, row.count]));
}

beforeEach(async () => {
  await resetDatabase();
});

describe("the share beacon", () => {
  it("counts a click on a published article under the article's id, today in Paris, and a fixed page under its path", async () => {
    const article = await createArticle();
    expect(await beacon({ page: `/actualites/${article.slug}`, channel: "LINKEDIN" })).toBe(204);
    expect(await beacon({ page: `/actualites/${article.slug}`, channel: "COPY" })).toBe(204);
    expect(await beacon({ page: "/", channel: "MAILTO" })).toBe(204);
    expect(await counts()).toEqual({ [`article:${article.id} LINKEDIN`]: 1, [`article:${article.id} COPY`]: 1, "/ MAILTO": 1 });
    const row = await prisma.shareCount.findFirstOrThrow({ where: { channel: "LINKEDIN" } });
    expect(row.articleId).toBe(article.id);
    expect(row.day.toISOString()).toBe(parisDay().toISOString());
  });

  it("ignores bots, scripts, headless browsers and other sites, with the same 204", async () => {
    const article = await createArticle();
    const page = `/actualites/${article.slug}`;
    const refused: Record<string, string>[] = [
      { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
      { "user-agent": "facebookexternalhit/1.1" },
      { "user-agent": "curl/8.5.0" },
      { "user-agent": "python-requests/2.32" },
      { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36" },
      { "user-agent": "" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://autre-site.example" },
    ];
    for (const headers of refused) expect(await beacon({ page, channel: "X" }, { headers }), JSON.stringify(headers)).toBe(204);
    expect(await counts()).toEqual({});
  });

  it("counts nothing for unknown, unpublished, scheduled, withdrawn or trashed pages, and search results", async () => {
    const draft = await createArticle({ status: "DRAFT" });
    const scheduled = await createArticle({ status: "SCHEDULED", publishedAt: new Date(Date.now() + 86_400_000) });
    const archived = await createArticle({ status: "ARCHIVED" });
    const trashed = await createArticle({ deletedAt: new Date() });
    const pages = ["/actualites/n-existe-pas", `/actualites/${draft.slug}`, `/actualites/${scheduled.slug}`, `/actualites/${archived.slug}`, `/actualites/${trashed.slug}`, "/recherche", "/admin", "/rubriques/inconnue"];
    for (const page of pages) expect(await beacon({ page, channel: "COPY" }), page).toBe(204);
    expect(await counts()).toEqual({});
  });

  it("answers 400 to malformed input, in French, and counts nothing", async () => {
    const article = await createArticle();
    const page = `/actualites/${article.slug}`;
    const garbage: unknown[] = [
      "pas du JSON",
      "",
      "[]",
      { page },
      { channel: "COPY" },
      { page, channel: "FORM" },
      { page, channel: "copy" },
      { page, channel: "MYSPACE" },
      { page: `https://autre-site.example${page}`, channel: "COPY" },
      { page: `${page}?utm_source=x`, channel: "COPY" },
      { page: `/${"a".repeat(400)}`, channel: "COPY" },
      { page, channel: "COPY", visitor: "jeanne@example.fr" },
      JSON.stringify({ page, channel: "COPY", padding: "x".repeat(2000) }),
    ];
    for (const body of garbage) expect(await beacon(body), JSON.stringify(body).slice(0, 80)).toBe(400);
    const response = await POST(new Request(`${siteUrl()}/api/partages`, { method: "POST", body: "{", headers: browserHeaders("203.0.113.7") }));
    expect(((await response.json()) as { erreur: string }).erreur).toBe("Signal de partage invalide.");
    expect(await counts()).toEqual({});
  });

  it(`stops counting one address's clicks on one page after ${SHARE_LIMITS.perAddressPageDay} a day; other addresses still count`, async () => {
    const article = await createArticle();
    const page = `/actualites/${article.slug}`;
    for (let i = 0; i < SHARE_LIMITS.perAddressPageDay + 3; i++) expect(await beacon({ page, channel: i % 2 ? "X" : "COPY" }, { ip: "198.51.100.20" })).toBe(204);
    const total = async () => (await prisma.shareCount.aggregate({ _sum: { count: true } }))._sum.count ?? 0;
    expect(await total()).toBe(SHARE_LIMITS.perAddressPageDay);
    // One IPv6 /64 is one reader: another address of the same /64 is refused too.
    expect(await beacon({ page, channel: "COPY" }, { ip: "2001:db8:1:2::1" })).toBe(204);
    for (let i = 0; i < SHARE_LIMITS.perAddressPageDay; i++) await beacon({ page, channel: "COPY" }, { ip: `2001:db8:1:2::${i + 10}` });
    expect(await total()).toBe(2 * SHARE_LIMITS.perAddressPageDay);
    expect(await beacon({ page, channel: "COPY" }, { ip: "198.51.100.21" })).toBe(204);
    expect(await total()).toBe(2 * SHARE_LIMITS.perAddressPageDay + 1);
    // The limits' counters hold no address in clear.
    const keys = (await prisma.rateCounter.findMany()).map((row) => row.key).join(" ");
    expect(keys).not.toMatch(/198\.51|2001:db8|actualites/);
  });

  it(`stops counting one address after ${SHARE_LIMITS.perAddressHour} clicks an hour, whatever the pages`, async () => {
    const fixed = ["/", "/actualites", "/nous-contacter", "/accessibilite", "/mentions-legales", "/plan-du-site"];
    const article = await createArticle();
    let sent = 0;
    for (const page of fixed) {
      for (let i = 0; i < SHARE_LIMITS.perAddressPageDay && sent < SHARE_LIMITS.perAddressHour; i++, sent++) await beacon({ page, channel: "COPY" }, { ip: "192.0.2.50" });
    }
    expect(sent).toBe(SHARE_LIMITS.perAddressHour);
    expect(await beacon({ page: `/actualites/${article.slug}`, channel: "COPY" }, { ip: "192.0.2.50" })).toBe(204);
    const rows = await prisma.shareCount.findMany();
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(SHARE_LIMITS.perAddressHour);
    expect(rows.some((row) => row.articleId === article.id)).toBe(false);
  });
});

describe("recordShare", () => {
  it("adds up by page, channel and Paris calendar day", async () => {
    const article = await createArticle();
    const page = { key: `article:${article.id}`, articleId: article.id };
    // 22:30 UTC is 23:30 in Paris on 28 March 2026 (winter time); 23:30 UTC is already the 29th there.
    await recordShare(prisma, page, "COPY", new Date("2026-03-28T10:00:00Z"));
    await recordShare(prisma, page, "COPY", new Date("2026-03-28T22:30:00Z"));
    await recordShare(prisma, page, "COPY", new Date("2026-03-28T23:30:00Z"));
    await recordShare(prisma, page, "X", new Date("2026-03-28T23:30:00Z"));
    // Summer time: 21:59 UTC is 23:59 in Paris on 15 July, 22:00 UTC is the 16th.
    await recordShare(prisma, page, "COPY", new Date("2026-07-15T21:59:00Z"));
    await recordShare(prisma, page, "COPY", new Date("2026-07-15T22:00:00Z"));
    await Promise.all(Array.from({ length: 10 }, () => recordShare(prisma, page, "MAILTO", new Date("2026-07-16T08:00:00Z"))));
    const rows = await prisma.shareCount.findMany({ orderBy: [{ day: "asc" }, { channel: "asc" }] });
    expect(rows.map((row) => `${row.day.toISOString().slice(0, 10)} ${row.channel} ${row.count}`)).toEqual([
      "2026-03-28 COPY 2",
      "2026-03-29 COPY 1",
      "2026-03-29 X 1",
      "2026-07-15 COPY 1",
      "2026-07-16 COPY 1",
      "2026-07-16 MAILTO 10",
    ]);
  });
});

describe("the no-JavaScript Mastodon form", () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    mastodon(new Request(`${siteUrl()}/partager/mastodon?${query}`, { headers: { ...browserHeaders("203.0.113.9"), "sec-fetch-site": "same-origin", ...headers } }));

  it("redirects with a 303 to the instance's share page with the canonical URL, and counts it", async () => {
    const article = await createArticle({ title: "Journée portes ouvertes & visites" });
    const response = await get(`page=${encodeURIComponent(`/actualites/${article.slug}`)}&instance=Piaille.fr`);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe("https://piaille.fr");
    expect(location.pathname).toBe("/share");
    expect(location.searchParams.get("text")).toBe(`Journée portes ouvertes & visites ${siteUrl()}/actualites/${article.slug}`);
    expect(await counts()).toEqual({ [`article:${article.id} MASTODON`]: 1 });
  });

  it("refuses an instance that is not a public host, in French, without counting", async () => {
    const article = await createArticle();
    for (const instance of ["localhost", "127.0.0.1", "[::1]", "mastodon.social:8080", "alice@mastodon.social", "mastodon.social/@alice", "intranet.local", "evil.com%2F"]) {
      const response = await get(`page=/actualites/${article.slug}&instance=${encodeURIComponent(instance)}`);
      expect(response.status, instance).toBe(400);
      expect(response.headers.get("location")).toBeNull();
      const html = await response.text();
      expect(html).toContain('lang="fr"');
      expect(html).toContain("Instance Mastodon invalide");
    }
    expect(await counts()).toEqual({});
  });

  it("refuses an unpublished page with a 404, and asks first when another site sent the reader", async () => {
    const draft = await createArticle({ status: "DRAFT" });
    expect((await get(`page=/actualites/${draft.slug}&instance=mastodon.social`)).status).toBe(404);
    const article = await createArticle();
    const response = await get(`page=/actualites/${article.slug}&instance=mastodon.social`, { "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("Continuer vers mastodon.social");
    expect(await counts()).toEqual({});
  });
});
