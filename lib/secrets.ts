import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

/**
 * A secret from the environment or, by default, generated once into KIOSQUE_DATA_DIR/secrets/
 * (like the embedded database's password), so that `npm start` needs no variable. Created with
 * O_EXCL: two instances starting together on a shared data folder end up with the same value.
 */
export function dataDirSecret(name: "auth-secret" | "encryption-key", fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().KIOSQUE_DATA_DIR, "secrets");
  const file = path.join(dir, name);
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // The data folder itself keeps its mode (the embedded PostgreSQL, run as another user, goes
  // through it); only secrets/ is private.
  mkdirSync(path.dirname(dir), { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

let authSecret: string | undefined;
let encryptionKey: string | undefined;

export function getAuthSecret(): string {
  authSecret ??= dataDirSecret("auth-secret", env().AUTH_SECRET);
  return authSecret;
}

export function getEncryptionKey(): string {
  encryptionKey ??= dataDirSecret("encryption-key", env().KIOSQUE_ENCRYPTION_KEY);
  return encryptionKey;
}
