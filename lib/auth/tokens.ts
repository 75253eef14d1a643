import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A random token for a URL or a cookie (256 bits), and the only form of it the database keeps. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens are base64url of 32 bytes: anything else is refused before any query. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
