import { describe, expect, it } from "vitest";
import { clientAddressFrom, normalizeAddress } from "./request-context";

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("the client's address", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For a client forges", () => {
    expect(clientAddressFrom(headers({ "x-kiosque-peer-address": "198.51.100.7", "x-forwarded-for": "1.2.3.4" }), 0)).toBe("198.51.100.7");
  });

  it("is the entry the trusted proxies appended, behind them", () => {
    const from = headers({ "x-kiosque-peer-address": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientAddressFrom(from, 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(headers({ "x-kiosque-peer-address": "10.0.0.3", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }), 2)).toBe("198.51.100.7");
  });

  it("falls back to Next.js's own X-Forwarded-For without the preload", () => {
    expect(clientAddressFrom(headers({ "x-forwarded-for": "198.51.100.7" }), 0)).toBe("198.51.100.7");
  });

  it("normalises IPv4-mapped, bracketed and zoned addresses, and refuses garbage", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("<script>")).toBe("inconnue");
    expect(clientAddressFrom(headers({}), 0)).toBe("inconnue");
  });
});
