import "server-only";
import { addressKey } from "../auth/throttle";
import { prisma } from "../db";
import { siteUrl } from "../env";
import { queueMail } from "../mail/outbox";
import { consumeLimits, addressForLimits, RateLimitedError, type Limit } from "../rate-limit";
import { recordShare } from "../shares/record-share";
import { checkFormToken } from "./form-token";
import { recommendationMail } from "./mail-template";
import type { RecommendationInput } from "./schema";
import { resolveSharedPage } from "./shared-page";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many recommendations may leave: per sender's IP (/64), per recipient, per page, per hour and day. */
export const RECOMMENDATION_LIMITS = {
  ip: { hour: 5, day: 20 },
  recipient: { hour: 2, day: 5 },
  page: { hour: 30, day: 200 },
} as const;

export function recommendationLimits(ip: string, recipient: string, pageKey: string, dailyCap: number): Limit[] {
  const ipValue = addressKey(ip);
  const to = addressForLimits(recipient);
  const { ip: perIp, recipient: perRecipient, page: perPage } = RECOMMENDATION_LIMITS;
  return [
    { scope: "recommend:ip:hour", value: ipValue, max: perIp.hour, windowMs: HOUR },
    { scope: "recommend:ip:day", value: ipValue, max: perIp.day, windowMs: DAY },
    { scope: "recommend:recipient:hour", value: to, max: perRecipient.hour, windowMs: HOUR },
    { scope: "recommend:recipient:day", value: to, max: perRecipient.day, windowMs: DAY },
    { scope: "recommend:page:hour", value: pageKey, max: perPage.hour, windowMs: HOUR },
    { scope: "recommend:page:day", value: pageKey, max: perPage.day, windowMs: DAY },
    { scope: "recommend:site:day", value: "", max: dailyCap, windowMs: DAY },
  ];
}

/** A refusal the visitor can act on, in French; `field` names the form field at fault, if any. */
export class RecommendationRefused extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "RecommendationRefused";
  }
}

const TOKEN_MESSAGES = {
  invalid: "Le formulaire n’est plus valable : rechargez la page, puis envoyez-le de nouveau.",
  expired: "Le formulaire a expiré : rechargez la page, puis envoyez-le de nouveau.",
  "too-fast": "Le formulaire a été envoyé trop vite : relisez-le, puis envoyez-le de nouveau.",
} as const;

/**
 * Queues a recommendation mail, or explains why not. "dropped" is the answer a robot that filled
 * the honeypot gets: it looks like success and changes nothing. The limits, the mail and its count
 * are written in one transaction: a refused attempt leaves no trace, an accepted one cannot be
 * counted without its mail or the other way round.
 */
export async function recommendPage(input: RecommendationInput, context: { ip: string }, now: Date = new Date()): Promise<"queued" | "dropped"> {
  if (input.website.trim() !== "") return "dropped";
  const token = checkFormToken(input.token, input.page, now.getTime());
  if (token !== "ok") throw new RecommendationRefused(TOKEN_MESSAGES[token]);

  const page = await resolveSharedPage(input.page);
  if (!page) throw new RecommendationRefused("Cette page ne peut pas être recommandée : elle n’existe pas ou n’est pas publiée.");

  try {
    await prisma.$transaction(async (tx) => {
      const settings = await tx.siteSettings.findUniqueOrThrow({
        where: { id: 1 },
        select: { siteName: true, contactEmail: true, recommendationsEnabled: true, recommendationDailyCap: true },
      });
      if (!settings.recommendationsEnabled) throw new RecommendationRefused("L’envoi de recommandations par courriel n’est pas proposé sur ce site pour le moment.");
      await consumeLimits(tx, recommendationLimits(context.ip, input.recipient, page.key, settings.recommendationDailyCap), now);
      const mail = recommendationMail(page, input.senderName, input.message, { siteName: settings.siteName, siteUrl: siteUrl(), contactEmail: settings.contactEmail });
      await queueMail(tx, { kind: "RECOMMENDATION", to: input.recipient, ...mail });
      await recordShare(tx, page, "FORM", now);
    });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      throw new RecommendationRefused(
        error.scope === "recommend:site:day"
          ? "Le site a envoyé aujourd’hui toutes les recommandations qu’il peut envoyer : réessayez demain, ou partagez le lien de la page."
          : "Trop de recommandations ont été envoyées récemment depuis votre connexion, vers cette adresse ou pour cette page : réessayez plus tard, ou partagez le lien de la page.",
      );
    }
    throw error;
  }
  return "queued";
}
