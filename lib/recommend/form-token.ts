import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEncryptionKey } from "../secrets";

/**
 * The moment the form was shown, signed, so that the server knows how long it took to fill in:
 * scripts post within a second of loading, people do not. A token is only a clock, not a
 * permission: the limits do the rest.
 */
export const MIN_FILL_MS = 3_000;
export const MAX_FILL_MS = 24 * 3_600_000;

function signature(issuedAt: number, page: string): string {
  const key = createHmac("sha256", getEncryptionKey()).update("kiosque:recommend-form").digest();
  return createHmac("sha256", key).update(`${issuedAt}\u0000${page}`).digest("base64url");
}

export function issueFormToken(page: string, now: number = Date.now()): string {
  return `${now}.${signature(now, page)}`;
}

export type TokenCheck = "ok" | "invalid" | "too-fast" | "expired";

export function checkFormToken(token: string, page: string, now: number = Date.now()): TokenCheck {
  const [issued, sig = ""] = token.split(".");
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt)) return "invalid";
  const expected = Buffer.from(signature(issuedAt, page));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  if (now - issuedAt < MIN_FILL_MS) return "too-fast";
  if (now - issuedAt > MAX_FILL_MS) return "expired";
  return "ok";
}
