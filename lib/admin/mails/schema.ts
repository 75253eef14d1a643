import { z } from "zod";
import type { MailStatus } from "../../generated/prisma/enums";

/** The outbox's states in the list's URL, in French: ?etat=echec. */
export const STATUS_PARAMS = { "en-attente": "PENDING", envoye: "SENT", echec: "FAILED" } as const satisfies Record<string, MailStatus>;
export type StatusParam = keyof typeof STATUS_PARAMS;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankAsUndefined = (value: unknown) => {
  const first = single(value);
  return first === "" ? undefined : first;
};

export const mailFilterSchema = z.object({
  etat: z.preprocess(blankAsUndefined, z.enum(Object.keys(STATUS_PARAMS) as [StatusParam, ...StatusParam[]], "État inconnu.").optional()),
  page: z.preprocess(blankAsUndefined, z.string().regex(/^[1-9]\d{0,4}$/, "Page invalide.").transform(Number).optional().default(1)),
});
export type MailFilter = z.output<typeof mailFilterSchema>;

/** A mail's id as it travels in a URL or a form: the row's bigint, in decimal. */
export const mailIdField = z.string("Courriel inconnu.").regex(/^[1-9]\d{0,17}$/, "Courriel inconnu.");

export const mailIdSchema = z.object({ id: mailIdField });
export type MailIdInput = z.output<typeof mailIdSchema>;
