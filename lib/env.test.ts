import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives working defaults for a newcomer", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, KIOSQUE_DATA_DIR: "data", EMBEDDED_PG_PORT: 54329, ADMIN_EMAIL: "admin@kiosque.localhost" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ADMIN_PASSWORD).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", ADMIN_PASSWORD: "", SITE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("normalises the public URL", () => {
    expect(parseEnv({ SITE_URL: "https://www.ensp.interieur.gouv.fr/" }).SITE_URL).toBe("https://www.ensp.interieur.gouv.fr");
  });

  it("explains every wrong variable in French", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "http", ADMIN_PASSWORD: "court", SITE_URL: "ftp://x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain("Configuration invalide");
      expect(message).toContain("DATABASE_URL : doit être une URL PostgreSQL");
      expect(message).toContain("PORT : doit être un numéro de port");
      expect(message).toContain("ADMIN_PASSWORD : doit contenir au moins 12 caractères");
      expect(message).toContain("SITE_URL");
    }
  });
});

describe("the back office's variables", () => {
  it("trusts no proxy by default and leaves the secrets to be generated", () => {
    const env = parseEnv({});
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.KIOSQUE_ENCRYPTION_KEY).toBeUndefined();
  });

  it("refuses short secrets and odd proxy counts, in French", () => {
    expect(() => parseEnv({ AUTH_SECRET: "court" })).toThrow(/AUTH_SECRET : doit contenir au moins 32 caractères/);
    expect(() => parseEnv({ KIOSQUE_ENCRYPTION_KEY: "court" })).toThrow(/KIOSQUE_ENCRYPTION_KEY : doit contenir au moins 32 caractères/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "9" })).toThrow(/TRUSTED_PROXY_HOPS : doit valoir au plus 5/);
  });
});

describe("mail", () => {
  it("leaves mail in the outbox by default, and accepts smtp:// and smtps:// URLs", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({ SMTP_URL: "smtp://u:p@smtp.exemple.fr:587" }).SMTP_URL).toBe("smtp://u:p@smtp.exemple.fr:587");
    expect(parseEnv({ SMTP_URL: "smtps://smtp.exemple.fr" }).SMTP_URL).toBe("smtps://smtp.exemple.fr");
    expect(parseEnv({ MAIL_FROM: "ne-pas-repondre@ensp.fr" }).MAIL_FROM).toBe("ne-pas-repondre@ensp.fr");
  });

  it("refuses another scheme, a URL without host and a malformed sender, in French", () => {
    expect(() => parseEnv({ SMTP_URL: "http://smtp.exemple.fr" })).toThrow(/SMTP_URL : doit être une URL SMTP/);
    expect(() => parseEnv({ SMTP_URL: "smtp.exemple.fr:25" })).toThrow(/SMTP_URL : doit être une URL SMTP/);
    expect(() => parseEnv({ SMTP_URL: "smtp://" })).toThrow(/SMTP_URL : doit être une URL SMTP/);
    expect(() => parseEnv({ MAIL_FROM: "pas une adresse" })).toThrow(/MAIL_FROM : doit être une adresse électronique valide/);
  });
});

describe(".env.example", () => {
  it("documents every variable the application reads", async () => {
    const { readFileSync } = await import("node:fs");
    const { envSchema } = await import("./env");
    const documented = new Set([...readFileSync(".env.example", "utf8").matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]));
    for (const name of Object.keys(envSchema.shape).filter((name) => name !== "NODE_ENV")) {
      expect(documented.has(name), name).toBe(true);
    }
  });
});
