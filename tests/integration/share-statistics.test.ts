/**
 * The back office's figures of recommendations: the queries over 7, 30 and 365 days (Paris days,
 * today included) and the two pages, rendered as the server renders them.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import StatisticsPage from "@/app/admin/(espace)/statistiques/page";
import ArticleStatisticsPage from "@/app/admin/(espace)/statistiques/[id]/page";
import { AuthenticationRequiredError } from "@/lib/admin/errors";
import { loadActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { ShareChannel } from "@/lib/generated/prisma/client";
import { articleShareSeries, mostSharedArticles, mostSharedPages } from "@/lib/shares/queries";
import { parisDay } from "@/lib/shares/record-share";
import { createArticle, createStaff, resetDatabase } from "../factories";
import { actAs, resetRequest } from "../support/request";

const NOW = new Date("2026-11-30T10:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(parisDay(NOW).getTime() - days * DAY);

async function share(page: { key: string; articleId: string | null }, channel: ShareChannel, ago: number, count: number) {
  await prisma.shareCount.create({ data: { day: daysAgo(ago), page: page.key, articleId: page.articleId, channel, count } });
}

describe("statistics of recommendations", () => {
  let first: { id: string; title: string };
  let second: { id: string; title: string };

  beforeEach(async () => {
    resetRequest();
    await resetDatabase();
    first = await createArticle({ title: "Première" });
    second = await createArticle({ title: "Seconde" });
    const a = { key: `article:${first.id}`, articleId: first.id };
    const b = { key: `article:${second.id}`, articleId: second.id };
    await share(a, "COPY", 0, 2); // today
    await share(a, "LINKEDIN", 6, 1); // the first day of the last 7
    await share(a, "MAILTO", 7, 10); // just before them
    await share(b, "X", 29, 4); // the first day of the last 30
    await share(b, "FORM", 30, 100); // just before them
    await share(b, "WHATSAPP", 364, 1); // the first day of the last 365
    await share(b, "COPY", 365, 1000); // a year and a day ago: nowhere
    await share({ key: "/", articleId: null }, "COPY", 1, 3);
  });

  async function actor() {
    const user = await createStaff("AUTHOR");
    return (await loadActor({ uid: user.id, sv: user.sessionVersion }))!;
  }

  it("ranks the most recommended articles over 7, 30 and 365 days, with their channels", async () => {
    const author = await actor();
    const summary = async (days: 7 | 30 | 365) => (await mostSharedArticles(author, days, { now: NOW })).map((row) => [row.title, row.total, row.byChannel]);
    expect(await summary(7)).toEqual([["Première", 3, { COPY: 2, LINKEDIN: 1 }]]);
    expect(await summary(30)).toEqual([
      ["Première", 13, { COPY: 2, LINKEDIN: 1, MAILTO: 10 }],
      ["Seconde", 4, { X: 4 }],
    ]);
    expect(await summary(365)).toEqual([
      ["Seconde", 105, { X: 4, FORM: 100, WHATSAPP: 1 }],
      ["Première", 13, { COPY: 2, LINKEDIN: 1, MAILTO: 10 }],
    ]);
    expect(await mostSharedPages(author, 7, { now: NOW })).toEqual([{ page: "/", total: 3 }]);
  });

  it("gives an article's figures day by day up to 30 days and month by month over a year, empty ones included", async () => {
    const author = await actor();
    const week = (await articleShareSeries(author, first.id, 7, NOW))!;
    expect(week.unit).toBe("day");
    expect(week.buckets.map((bucket) => bucket.total)).toEqual([1, 0, 0, 0, 0, 0, 2]);
    expect(week.buckets.at(-1)!.start).toBe("2026-11-30");
    expect(week.total).toBe(3);
    const month = (await articleShareSeries(author, second.id, 30, NOW))!;
    expect(month.buckets).toHaveLength(30);
    expect(month.buckets[0]).toMatchObject({ start: "2026-11-01", total: 4, byChannel: { X: 4 } });
    const year = (await articleShareSeries(author, second.id, 365, NOW))!;
    expect(year.unit).toBe("month");
    expect(year.buckets.map((bucket) => bucket.start)).toEqual([
      "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
    ]);
    expect(year.buckets[0]!.total).toBe(1);
    expect(year.buckets[10]).toMatchObject({ start: "2026-10", total: 100, longLabel: "octobre 2026" });
    expect(year.buckets[11]).toMatchObject({ start: "2026-11", total: 4 });
    expect(year.total).toBe(105);
    expect(await articleShareSeries(author, "inconnu0000000000000000", 30, NOW)).toBeNull();
  });

  it("refuses anyone not signed in", async () => {
    await expect(mostSharedArticles(null, 30)).rejects.toBeInstanceOf(AuthenticationRequiredError);
    await expect(mostSharedPages(null, 30)).rejects.toBeInstanceOf(AuthenticationRequiredError);
    await expect(articleShareSeries(null, first.id, 30)).rejects.toBeInstanceOf(AuthenticationRequiredError);
  });

  it("renders the pages: a period switch by links, the ranking, the chart as one described image and its table", async () => {
    const author = await createStaff("AUTHOR");
    actAs(author);
    const render = async (page: Promise<ReactElement>) => renderToStaticMarkup(await page);
    const list = await render(StatisticsPage({ searchParams: Promise.resolve({ periode: "365" }) }));
    expect(list).toContain("<h1>Statistiques de partage</h1>");
    expect(list).toMatch(/<a[^>]*href="\/admin\/statistiques\?periode=7"[^>]*>7 derniers jours<\/a>/);
    expect(list).toMatch(/<a(?=[^>]*aria-current="page")[^>]*href="\/admin\/statistiques\?periode=365"[^>]*>12 derniers mois<\/a>/);
    expect(list).toContain(`href="/admin/statistiques/${second.id}?periode=365"`);
    expect(list).toContain('<th scope="col" class="fr-cell--right">Total</th>');

    const detail = await render(ArticleStatisticsPage({ params: Promise.resolve({ id: second.id }), searchParams: Promise.resolve({}) }));
    expect(detail).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="graphique-titre"[^>]*aria-describedby="graphique-description"/);
    expect(detail).toContain("<title id=\"graphique-titre\">Recommandations de « Seconde » par jour</title>");
    expect(detail).toMatch(/<desc id="graphique-description">Histogramme des recommandations par jour, de .* : (aucune recommandation|\d+ recommandations?)/);
    expect(detail).toContain("<caption>Recommandations de l’article par jour sur les 30 derniers jours, par canal</caption>");
    expect(detail.match(/<th scope="row">/g)).toHaveLength(31); // 30 days and the total
    expect(detail).not.toContain("<script");

    const invalid = await render(StatisticsPage({ searchParams: Promise.resolve({ periode: "12" }) }));
    expect(invalid).toContain("Période inconnue : 7, 30 ou 365 jours.");
  });
});
