import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "./env";

/**
 * Where a request comes from, for throttling and the audit log.
 *
 * scripts/next-server-preload.cjs records the TCP peer in `x-kiosque-peer-address`, overwriting
 * anything a client sent. Behind TRUSTED_PROXY_HOPS reverse proxies, the client is the entry that
 * many hops from the right of X-Forwarded-For, the peer being the nearest proxy; a client cannot
 * forge the entries its proxies append.
 */
export function clientAddressFrom(get: (name: string) => string | null, trustedHops: number): string {
  const peer = get("x-kiosque-peer-address")?.trim() || null;
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Without the preload (a bare `next start`), Next.js sets X-Forwarded-For to the peer only when absent.
  const chain = peer ? [...forwarded, peer] : forwarded;
  const hops = peer ? trustedHops : Math.max(0, trustedHops - 1);
  const candidate = chain[chain.length - 1 - hops] ?? chain[0] ?? "";
  return normalizeAddress(candidate);
}

/** IPv4-mapped IPv6 as IPv4, brackets and zone ids dropped; "inconnue" when it is no address. */
export function normalizeAddress(raw: string): string {
  let value = raw.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(value)) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : "inconnue";
}

export type RequestContext = { ip: string; requestId: string | null };

export async function requestContext(): Promise<RequestContext> {
  const list = await headers();
  return {
    ip: clientAddressFrom((name) => list.get(name), env().TRUSTED_PROXY_HOPS),
    requestId: list.get("x-request-id"),
  };
}
