/** The XSS corpus (tests/fixtures/xss-payloads.txt) and how it is spread over fields of limited length. */
import { readFileSync } from "node:fs";
import path from "node:path";

export const PAYLOADS: string[] = readFileSync(path.resolve(import.meta.dirname, "../fixtures/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !/^#( |$)/.test(line));

/** How many articles carry the payloads in their bodies (the editor opens each of them). */
export const BODY_ARTICLES = 12;

/** What a one-line field keeps of a payload (the schemas collapse white space). */
export const asLine = (payload: string) => payload.replace(/\s+/g, " ").trim();

/**
 * Payloads joined by " · " into values of at most `max` characters, in order; a payload longer
 * than `max` on its own is returned in `tooLong` (the field's schema refuses it).
 */
export function pack(payloads: string[], max: number): { values: string[]; tooLong: string[] } {
  const values: string[] = [];
  const tooLong: string[] = [];
  let current = "";
  for (const payload of payloads.map(asLine)) {
    if (payload.length > max) {
      tooLong.push(payload);
      continue;
    }
    const joined = current ? `${current} · ${payload}` : payload;
    if (joined.length <= max) current = joined;
    else {
      values.push(current);
      current = payload;
    }
  }
  if (current) values.push(current);
  return { values, tooLong };
}

/** Splits a list into `count` slices of near-equal size, every item in exactly one. */
export function slices<T>(items: T[], count: number): T[][] {
  return Array.from({ length: count }, (_, index) => items.filter((_, at) => at % count === index));
}
