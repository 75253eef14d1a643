import { escapeHtml } from "../mail/html";
import type { SharedPage } from "./shared-page";

export type RecommendationMail = { subject: string; text: string; html: string };

type Site = { siteName: string; siteUrl: string; contactEmail: string };


/**
 * The fixed French template of a recommendation. The visitor supplies only their name and an
 * optional message, both validated to be plain text (lib/recommend/schema.ts); the title, the
 * chapô and the link come from the published page itself, so the mail cannot carry anything the
 * site did not publish. The message is quoted, in the text part as "> " lines and in the HTML
 * part escaped, never interpreted.
 */
export function recommendationMail(page: Pick<SharedPage, "title" | "excerpt" | "url">, senderName: string, message: string, site: Site): RecommendationMail {
  const subject = `${senderName} vous recommande « ${page.title} »`;
  const quoted = message ? message.split("\n").map((line) => `> ${line}`.trimEnd()) : [];
  const footer = `Ce courriel vous a été envoyé par le formulaire « Envoyer à un proche » du site ${site.siteName} (${site.siteUrl}), à la demande d’une personne qui a indiqué s’appeler ${senderName}. Votre adresse n’a pas été conservée et ne recevra rien d’autre.${site.contactEmail ? ` Pour signaler un abus : ${site.contactEmail}.` : ""}`;

  const text = [
    "Bonjour,",
    "",
    `${senderName} vous recommande cette page du site ${site.siteName} :`,
    "",
    page.title,
    ...(page.excerpt ? ["", page.excerpt] : []),
    "",
    `Lire la page : ${page.url}`,
    ...(quoted.length ? ["", `Message de ${senderName} :`, ...quoted] : []),
    "",
    "-- ",
    footer,
    "",
  ].join("\n");

  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #161616; line-height: 1.5; max-width: 40em;">
<p>Bonjour,</p>
<p>${escapeHtml(senderName)} vous recommande cette page du site ${escapeHtml(site.siteName)}&nbsp;:</p>
<h1 style="font-size: 1.375em;">${escapeHtml(page.title)}</h1>
${page.excerpt ? `<p>${escapeHtml(page.excerpt)}</p>\n` : ""}<p><a href="${escapeHtml(page.url)}">Lire la page sur le site ${escapeHtml(site.siteName)}</a></p>
${
  message
    ? `<p>Message de ${escapeHtml(senderName)}&nbsp;:</p>\n<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 4px solid #000091; white-space: pre-line;">${escapeHtml(message)}</blockquote>\n`
    : ""
}<hr>
<p style="font-size: 0.875em; color: #3a3a3a;">${escapeHtml(footer)}</p>
</body>
</html>
`;
  return { subject, text, html };
}
