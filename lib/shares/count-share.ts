import "server-only";
import { addressKey } from "../auth/throttle";
import { prisma } from "../db";
import { env } from "../env";
import { isSameOrigin } from "../http/same-origin";
import type { ShareChannel } from "../generated/prisma/client";
import { consumeLimits, RateLimitedError, type Limit } from "../rate-limit";
import type { SharedPage } from "../recommend/shared-page";
import { clientAddressFrom } from "../request-context";
import { recordShare } from "./record-share";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * What one address may count. A reader shares a page once or twice, through one or two channels:
 * beyond 5 recommendations of one page a day, or 30 of any page an hour, the clicks are not
 * counted (they are not refused: the reader still shares, only the figure stops growing).
 */
export const SHARE_LIMITS = { perAddressHour: 30, perAddressPageDay: 5 } as const;

export function shareLimits(ip: string, pageKey: string): Limit[] {
  const address = addressKey(ip);
  return [
    { scope: "share:ip:hour", value: address, max: SHARE_LIMITS.perAddressHour, windowMs: HOUR },
    { scope: "share:ip-page:day", value: `${address}\u0000${pageKey}`, max: SHARE_LIMITS.perAddressPageDay, windowMs: DAY },
  ];
}

// Crawlers, link previewers, monitoring, scripts and headless browsers: none of them is a reader.
const AUTOMATED =
  /(?<!cu)bot|crawl|spider|slurp|scrap|fetch|curl|wget|python|httpclient|http-client|okhttp|java\/|go-http|libwww|perl|ruby|node-fetch|axios|undici|headless|phantom|puppeteer|playwright|selenium|lighthouse|pagespeed|preview|facebookexternalhit|embedly|monitor|uptime|pingdom|check|scan|archiver|feed/i;

/** True when the User-Agent is missing or says it is a program rather than a person's browser. */
export function looksAutomated(userAgent: string | null): boolean {
  return !userAgent?.trim() || AUTOMATED.test(userAgent);
}

/** The reader's address as the limits see it (behind TRUSTED_PROXY_HOPS proxies). */
export function clientAddress(headers: Headers): string {
  return clientAddressFrom((name) => headers.get(name), env().TRUSTED_PROXY_HOPS);
}

/** Whether a request may count at all: a browser, on the site's own pages. */
export function countable(headers: Headers): boolean {
  return !looksAutomated(headers.get("user-agent")) && isSameOrigin(headers);
}

/**
 * Counts one recommendation of a published page unless the address has reached a limit: the
 * limits' counters and the count are one transaction, so a refused click raises nothing.
 * Returns whether it was counted.
 */
export async function countShare(page: Pick<SharedPage, "key" | "articleId">, channel: ShareChannel, ip: string, now: Date = new Date()): Promise<boolean> {
  try {
    await prisma.$transaction(async (tx) => {
      await consumeLimits(tx, shareLimits(ip, page.key), now);
      await recordShare(tx, page, channel, now);
    });
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}
