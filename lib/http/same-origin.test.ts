import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts the site's own pages: SITE_URL's origin or the Host the request was sent to", () => {
    expect(isSameOrigin(headers({ origin: new URL(process.env.SITE_URL ?? "http://localhost:3000").origin }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://kiosque.ecole.fr", host: "kiosque.ecole.fr", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://kiosque.ecole.fr", host: "kiosque.ecole.fr" }))).toBe(true);
  });

  it("refuses another site, a sibling subdomain, a sandboxed frame's null origin and another port", () => {
    expect(isSameOrigin(headers({ origin: "https://pirate.example", host: "kiosque.ecole.fr" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://blog.ecole.fr", host: "kiosque.ecole.fr", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "kiosque.ecole.fr" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://kiosque.ecole.fr:8080", host: "kiosque.ecole.fr" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "pas une origine", host: "kiosque.ecole.fr" }))).toBe(false);
  });

  it("refuses what the browser calls cross-site even without Origin (a GET turned into a state change)", () => {
    expect(isSameOrigin(headers({ "sec-fetch-site": "cross-site", host: "kiosque.ecole.fr" }))).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-site", host: "kiosque.ecole.fr" }))).toBe(false);
  });

  it("lets a request without either header through: it is no browser's, so it carries no victim's cookie", () => {
    expect(isSameOrigin(headers({ host: "kiosque.ecole.fr" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "kiosque.ecole.fr", "sec-fetch-site": "none" }))).toBe(true);
  });
});
