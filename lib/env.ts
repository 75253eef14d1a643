import "server-only";
import { z } from "zod";

/**
 * Every environment variable the application reads, validated once.
 * `.env.example` documents each of them; keep both in step.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
    message: "doit être une URL PostgreSQL (postgresql://utilisateur:motdepasse@hôte:port/base)",
  });

const port = (fallback: number) =>
  z.coerce
    .number({ message: "doit être un numéro de port" })
    .int("doit être un entier")
    .min(1, "doit être compris entre 1 et 65535")
    .max(65535, "doit être compris entre 1 et 65535")
    .default(fallback);

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1, "doit valoir au moins 1").max(100, "doit valoir au plus 100").default(10),
  PORT: port(3000),
  SITE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, message: "doit être une URL http(s) absolue, par exemple https://www.ensp.interieur.gouv.fr" })
      .transform((value) => value.replace(/\/+$/, ""))
      .optional(),
  ),
  KIOSQUE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("data")),
  // Uploaded media, when several instances share a volume for them (default: KIOSQUE_DATA_DIR/uploads).
  KIOSQUE_UPLOADS_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  // A copy of the old WordPress site's wp-content/uploads, for imports from the back office (the
  // command line takes --uploads). Unset: their images are reported missing.
  KIOSQUE_WORDPRESS_UPLOADS_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  EMBEDDED_PG_PORT: port(54329),
  ADMIN_EMAIL: z.preprocess(
    emptyAsUndefined,
    z.email("doit être une adresse électronique valide").default("admin@kiosque.localhost"),
  ),
  // Reverse proxies in front of the site that append to X-Forwarded-For (0: clients connect directly).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, "doit valoir au moins 0").max(5, "doit valoir au plus 5").default(0),
  // Signs staff session cookies. Unset: generated at first start in KIOSQUE_DATA_DIR/secrets/.
  // Several instances must share it.
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "doit contenir au moins 32 caractères").optional()),
  // Encrypts two-factor secrets at rest. Unset: generated like AUTH_SECRET. Never change it once
  // staff have enrolled: their authenticator apps would stop working.
  KIOSQUE_ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, z.string().min(32, "doit contenir au moins 32 caractères").optional()),
  // SMTP server the outbox sends through (smtp:// with STARTTLS when offered, smtps:// for TLS from
  // the start). Unset: mails stay in the outbox, readable in /admin/courriels.
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol) && new URL(value).hostname !== "", {
        message: "doit être une URL SMTP, par exemple smtp://utilisateur:motdepasse@smtp.exemple.fr:587 ou smtps://smtp.exemple.fr:465",
      })
      .optional(),
  ),
  // The site's own sender address. Unset: ne-pas-repondre@<host of SITE_URL>.
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.email("doit être une adresse électronique valide, par exemple ne-pas-repondre@ensp.interieur.gouv.fr").optional()),
  ADMIN_PASSWORD: z.preprocess(
    emptyAsUndefined,
    z.string().min(12, "doit contenir au moins 12 caractères").optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.path.join(".") || "(racine)"} : ${issue.message}`);
    super(`Configuration invalide (variables d'environnement) :\n${lines.join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw new EnvError(result.error.issues);
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The public base URL, without trailing slash. */
export function siteUrl(): string {
  const current = env();
  return current.SITE_URL ?? `http://localhost:${current.PORT}`;
}
