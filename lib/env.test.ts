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
