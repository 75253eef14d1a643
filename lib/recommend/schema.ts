import { domainToASCII } from "node:url";
import { z } from "zod";
import { sharedPathSchema } from "./shared-page";

/**
 * "Envoyer à un proche": what a visitor may type, and nothing more. The form must never become a
 * relay: one recipient on a public domain, a sender's name that is only a name, a short message
 * with no address or link in it, and no character that could reach a mail header.
 */
export const MESSAGE_MAX_LENGTH = 500;
export const SENDER_NAME_MAX_LENGTH = 60;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Controls but line feeds, for the message (CR LF is turned into LF first).
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

// Top-level domains that never lead to a reader's mailbox: loopback, private networks, reserved names.
const BLOCKED_TLDS = new Set(["localhost", "local", "localdomain", "internal", "intranet", "lan", "home", "corp", "private", "invalid", "test", "example", "onion", "arpa", "alt"]);
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type AddressProblem = "control" | "several" | "syntax" | "internal";

/** Why `value` is not one deliverable public address, or null when it is one. */
export function recipientProblem(value: string): AddressProblem | null {
  if (CONTROL.test(value)) return "control";
  const ats = (value.match(/@/g) ?? []).length;
  if (/[,;]/.test(value) || ats > 1) return "several";
  // "nom@[127.0.0.1]": an address literal, which would let the form reach any machine.
  if (/@\[.*\]$/.test(value)) return "internal";
  if (ats === 0 || /[\s<>"()[\]\\:]/.test(value)) return "syntax";
  const at = value.indexOf("@");
  if (at === 0) return "syntax";
  const local = value.slice(0, at);
  const rawDomain = value.slice(at + 1);
  if (local.length > 64 || value.length > 254 || !LOCAL_PART.test(local)) return "syntax";
  const domain = domainToASCII(rawDomain.toLowerCase());
  if (!domain) return "syntax";
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    return /^\d+(\.\d+){3}$/.test(rawDomain) ? "internal" : "syntax";
  }
  const tld = labels[labels.length - 1]!;
  // A numeric "top-level domain" is an IP address written as a name.
  if (/^\d+$/.test(tld)) return "internal";
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return "syntax";
  if (BLOCKED_TLDS.has(tld)) return "internal";
  return null;
}

const RECIPIENT_MESSAGES: Record<AddressProblem, string> = {
  control: "Adresse du destinataire : elle contient un caractère non autorisé (retour à la ligne ou caractère de contrôle).",
  several: "Adresse du destinataire : saisissez une seule adresse électronique.",
  syntax: "Adresse du destinataire : saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.",
  internal: "Adresse du destinataire : cette adresse ne peut pas recevoir de courriel depuis ce site (adresse locale, interne ou réservée).",
};

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?#]|\b))/i;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+/;

// Spaces only: String#trim would also remove line breaks and separators, which must be refused, not mended.
const trimmed = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" ? value.replace(/^ +| +$/g, "") : value), schema);

export const recommendationSchema = z.object({
  page: sharedPathSchema,
  recipient: trimmed(
    z
      .string({ message: "Adresse du destinataire : ce champ est obligatoire." })
      .min(1, "Adresse du destinataire : ce champ est obligatoire.")
      .max(254, "Adresse du destinataire : elle est trop longue.")
      .superRefine((value, context) => {
        const problem = recipientProblem(value);
        if (problem) context.addIssue({ code: "custom", message: RECIPIENT_MESSAGES[problem] });
      }),
  ),
  senderName: trimmed(
    z
      .string({ message: "Votre nom : ce champ est obligatoire." })
      .min(2, "Votre nom : ce champ est obligatoire (deux caractères au moins).")
      .max(SENDER_NAME_MAX_LENGTH, `Votre nom : ${SENDER_NAME_MAX_LENGTH} caractères au plus.`)
      .refine((value) => !CONTROL.test(value), "Votre nom : il contient un caractère non autorisé (retour à la ligne ou caractère de contrôle).")
      // Only a name: letters, spaces, apostrophes, hyphens and dots ("Jeanne d’Arc-Martin", "M. Dupont").
      .refine((value) => /^\p{L}[\p{L}\p{M} '’.-]*$/u.test(value), "Votre nom : seuls les lettres, les espaces, les apostrophes, les traits d’union et les points sont acceptés.")
      .refine((value) => !URL_LIKE.test(value), "Votre nom : il ne peut pas contenir d’adresse web."),
  ),
  message: z
    .preprocess((value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : ""), z.string())
    .pipe(
      z
        .string()
        .max(MESSAGE_MAX_LENGTH, `Votre message : ${MESSAGE_MAX_LENGTH} caractères au plus.`)
        .refine((value) => !CONTROL_BUT_LF.test(value), "Votre message : il contient un caractère non autorisé.")
        .refine((value) => !EMAIL_LIKE.test(value), "Votre message : il ne peut pas contenir d’adresse électronique.")
        .refine((value) => !URL_LIKE.test(value), "Votre message : il ne peut pas contenir d’adresse web ni de lien."),
    ),
  /** the signed moment the form was shown (lib/recommend/form-token.ts) */
  token: z.string({ message: "Le formulaire est incomplet : rechargez la page." }).max(200),
  /** the honeypot, hidden from people: anything in it is a robot's */
  website: z.preprocess((value) => (typeof value === "string" ? value : ""), z.string().max(2000)),
});

export type RecommendationInput = z.output<typeof recommendationSchema>;
