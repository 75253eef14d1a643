import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Authenticated encryption (AES-256-GCM) of small secrets at rest, such as TOTP keys: a stolen
 * database dump alone does not let anyone generate a member of staff's codes. The key is derived
 * from a secret kept outside the database (lib/secrets.ts).
 */
const VERSION = "v1";

function keyFrom(secret: string): Buffer {
  return createHash("sha256").update(`kiosque:secret-box:${secret}`).digest();
}

export function seal(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(":");
}

export class SecretBoxError extends Error {
  constructor() {
    super("Impossible de déchiffrer une donnée protégée : la clé KIOSQUE_ENCRYPTION_KEY a-t-elle changé ?");
    this.name = "SecretBoxError";
  }
}

export function open(sealed: string, secret: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(":");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new SecretBoxError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError();
  }
}
