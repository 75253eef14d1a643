import "server-only";
import { z } from "zod";
import { isPublicNow } from "../articles/status";
import { requirePermission } from "../auth/authorize";
import type { Actor } from "../auth/session";
import { prisma } from "../db";
import type { ArticleStatus } from "../generated/prisma/client";
import { SHARE_CHANNELS, type ShareChannelName } from "./channels";
import { parisDay } from "./record-share";

const DAY_MS = 86_400_000;

/** The periods the statistics offer, in days, ending today (Paris time) included. */
export const PERIODS = [7, 30, 365] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 30;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** `?periode=7|30|365` as the period switch's links send it; absent means 30 days. */
export const periodSchema = z.preprocess(
  (value) => single(value) ?? String(DEFAULT_PERIOD),
  z.enum(["7", "30", "365"], { message: "Période inconnue : 7, 30 ou 365 jours." }).transform((value) => Number(value) as Period),
);

/** The first day (a Paris calendar day, as stored) of the last `days` days, today included. */
export function periodStart(days: Period, now: Date = new Date()): Date {
  return new Date(parisDay(now).getTime() - (days - 1) * DAY_MS);
}

export type ChannelCounts = Partial<Record<ShareChannelName, number>>;

/** The channels that have figures, in the one fixed order every table uses. */
export function channelsUsed(counts: ChannelCounts[]): ShareChannelName[] {
  return SHARE_CHANNELS.filter((channel) => counts.some((row) => (row[channel] ?? 0) > 0));
}

export type ArticleShares = { articleId: string; title: string; isPublic: boolean; total: number; byChannel: ChannelCounts };

/** The most recommended articles over the period, with their figures by channel. */
export async function mostSharedArticles(actor: Actor | null, days: Period, options: { now?: Date; limit?: number } = {}): Promise<ArticleShares[]> {
  requirePermission(actor, "statistics.read");
  const now = options.now ?? new Date();
  const groups = await prisma.shareCount.groupBy({
    by: ["articleId", "channel"],
    where: { articleId: { not: null }, day: { gte: periodStart(days, now) } },
    _sum: { count: true },
  });
  const byArticle = new Map<string, { total: number; byChannel: ChannelCounts }>();
  for (const group of groups) {
    const entry = byArticle.get(group.articleId!) ?? { total: 0, byChannel: {} };
    const count = group._sum.count ?? 0;
    entry.total += count;
    entry.byChannel[group.channel] = (entry.byChannel[group.channel] ?? 0) + count;
    byArticle.set(group.articleId!, entry);
  }
  const articles = await prisma.article.findMany({
    where: { id: { in: [...byArticle.keys()] } },
    select: { id: true, title: true, status: true, publishedAt: true, deletedAt: true },
  });
  return articles
    .map((article) => ({ articleId: article.id, title: article.title, isPublic: isPublicNow(article, now), ...byArticle.get(article.id)! }))
    .sort((a, b) => b.total - a.total || a.title.localeCompare(b.title, "fr"))
    .slice(0, options.limit ?? 20);
}

export type PageShares = { page: string; total: number };

/** The other public pages (home, listings, categories, tags…) over the period, most recommended first. */
export async function mostSharedPages(actor: Actor | null, days: Period, options: { now?: Date; limit?: number } = {}): Promise<PageShares[]> {
  requirePermission(actor, "statistics.read");
  const groups = await prisma.shareCount.groupBy({
    by: ["page"],
    where: { articleId: null, day: { gte: periodStart(days, options.now) } },
    _sum: { count: true },
  });
  return groups
    .map((group) => ({ page: group.page, total: group._sum.count ?? 0 }))
    .sort((a, b) => b.total - a.total || a.page.localeCompare(b.page))
    .slice(0, options.limit ?? 10);
}

export type Bucket = { start: string; label: string; longLabel: string; total: number; byChannel: ChannelCounts };
export type ArticleSeries = {
  article: { id: string; title: string; slug: string; status: ArticleStatus; isPublic: boolean };
  unit: "day" | "month";
  buckets: Bucket[];
  total: number;
  byChannel: ChannelCounts;
};

const dayLabel = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "short" });
const dayLongLabel = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const monthLabel = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", month: "short", year: "2-digit" });
const monthLongLabel = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", month: "long", year: "numeric" });

/** Every bucket of the period, empty ones included: a chart with gaps would lie about the quiet days. */
function emptyBuckets(days: Period, now: Date): { unit: "day" | "month"; buckets: Bucket[]; keyOf: (day: Date) => string } {
  const start = periodStart(days, now);
  const end = parisDay(now);
  if (days <= 30) {
    const buckets: Bucket[] = [];
    for (let time = start.getTime(); time <= end.getTime(); time += DAY_MS) {
      const day = new Date(time);
      buckets.push({ start: day.toISOString().slice(0, 10), label: dayLabel.format(day), longLabel: dayLongLabel.format(day), total: 0, byChannel: {} });
    }
    return { unit: "day", buckets, keyOf: (day) => day.toISOString().slice(0, 10) };
  }
  const buckets: Bucket[] = [];
  const month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  while (month <= end) {
    buckets.push({ start: month.toISOString().slice(0, 7), label: monthLabel.format(month), longLabel: monthLongLabel.format(month), total: 0, byChannel: {} });
    month.setUTCMonth(month.getUTCMonth() + 1);
  }
  return { unit: "month", buckets, keyOf: (day) => day.toISOString().slice(0, 7) };
}

/** One article's recommendations over the period: by day up to 30 days, by month over a year. Null when the article does not exist. */
export async function articleShareSeries(actor: Actor | null, articleId: string, days: Period, now: Date = new Date()): Promise<ArticleSeries | null> {
  requirePermission(actor, "statistics.read");
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, slug: true, status: true, publishedAt: true, deletedAt: true },
  });
  if (!article) return null;
  const rows = await prisma.shareCount.findMany({
    where: { articleId, day: { gte: periodStart(days, now) } },
    select: { day: true, channel: true, count: true },
  });
  const { unit, buckets, keyOf } = emptyBuckets(days, now);
  const index = new Map(buckets.map((bucket) => [bucket.start, bucket]));
  const byChannel: ChannelCounts = {};
  let total = 0;
  for (const row of rows) {
    const bucket = index.get(keyOf(row.day));
    if (!bucket) continue;
    bucket.total += row.count;
    bucket.byChannel[row.channel] = (bucket.byChannel[row.channel] ?? 0) + row.count;
    byChannel[row.channel] = (byChannel[row.channel] ?? 0) + row.count;
    total += row.count;
  }
  const { publishedAt, deletedAt, ...rest } = article;
  return { article: { ...rest, isPublic: isPublicNow({ status: article.status, publishedAt, deletedAt }, now) }, unit, buckets, total, byChannel };
}
