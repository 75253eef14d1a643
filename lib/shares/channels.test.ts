import { describe, expect, it } from "vitest";
import { CLIENT_CHANNELS, mailtoHref, mastodonShareUrl, networkLinks, parseMastodonInstance, SHARE_CHANNELS } from "./channels";

const content = {
  url: "https://www.ecole.example/actualites/continuum-de-securite",
  title: "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !",
  excerpt: "Réunis à l’ENSP hier, les 23 rédacteurs… & co",
  siteName: "École nationale supérieure de la police",
};

describe("share links", () => {
  it("mirrors the database's channels, FORM being counted by the server only", async () => {
    const { ShareChannel } = await import("@/lib/generated/prisma/enums");
    expect([...SHARE_CHANNELS].sort()).toEqual(Object.values(ShareChannel).sort());
    expect(CLIENT_CHANNELS).not.toContain("FORM");
  });

  it("encodes the title and the canonical URL in every network's link", () => {
    const links = Object.fromEntries(networkLinks(content).map((link) => [link.channel, new URL(link.href)]));
    expect(links.LINKEDIN!.origin).toBe("https://www.linkedin.com");
    expect(links.LINKEDIN!.searchParams.get("url")).toBe(content.url);
    expect(links.X!.searchParams.get("text")).toBe(content.title);
    expect(links.X!.searchParams.get("url")).toBe(content.url);
    expect(links.FACEBOOK!.searchParams.get("u")).toBe(content.url);
    expect(links.BLUESKY!.searchParams.get("text")).toBe(`${content.title} ${content.url}`);
    expect(links.WHATSAPP!.searchParams.get("text")).toBe(`${content.title} ${content.url}`);
    for (const link of networkLinks(content)) {
      expect(new URL(link.href).protocol).toBe("https:");
      // Nothing of the text escapes its parameter: no raw space, guillemet, ampersand or quote.
      expect(link.href.split("?")[1]).not.toMatch(/[\s«»’"]|&(?!(url|text|u)=)/);
    }
  });

  it("builds a mailto with a French subject and a body holding the title, the chapô and the URL", () => {
    const href = mailtoHref(content);
    expect(href.startsWith("mailto:?subject=")).toBe(true);
    const [, query] = href.split("?");
    const params = Object.fromEntries(query!.split("&").map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]));
    expect(params.subject).toBe(`À lire sur le site ${content.siteName} : ${content.title}`);
    expect(params.body).toContain(content.title);
    expect(params.body).toContain(content.excerpt);
    expect(params.body).toContain(content.url);
    expect(params.body).toContain("\r\n");
    // RFC 6068: spaces are %20, never "+", and the & of the chapô stays inside the body.
    expect(query).not.toContain("+");
    expect(query!.split("&")).toHaveLength(2);
  });

  it("sends Mastodon the title and the URL as one text", () => {
    const url = new URL(mastodonShareUrl("mastodon.social", content));
    expect(url.origin).toBe("https://mastodon.social");
    expect(url.pathname).toBe("/share");
    expect(url.searchParams.get("text")).toBe(`${content.title} ${content.url}`);
  });
});

describe("parseMastodonInstance", () => {
  it.each([
    ["mastodon.social", "mastodon.social"],
    ["  Piaille.FR ", "piaille.fr"],
    ["https://social.numerique.gouv.fr/", "social.numerique.gouv.fr"],
    ["mastodon.xn--p1ai", "mastodon.xn--p1ai"],
    ["mästodon.de", "xn--mstodon-5wa.de"],
  ])("accepts %j as %j", (input, host) => {
    expect(parseMastodonInstance(input)).toBe(host);
  });

  it.each([
    "",
    "mastodon",
    "localhost",
    "mastodon.localhost",
    "intranet.local",
    "serveur.internal",
    "127.0.0.1",
    "10.0.0.1",
    "2130706433",
    "[::1]",
    "::1",
    "mastodon.social:8443",
    "alice@mastodon.social",
    "@alice@mastodon.social",
    "user:pass@mastodon.social",
    "mastodon.social/@alice",
    "mastodon.social/share",
    "mastodon.social?x=1",
    "mastodon.social#x",
    "http://mastodon.social",
    "javascript:alert(1)",
    "mastodon.social\r\nX-Injected: 1",
    "mastodon%2esocial",
    "mastodon..social",
    "-mastodon.social",
    "mastodon.social.",
    "a".repeat(64) + ".fr",
    "evil.com\\@mastodon.social",
  ])("refuses %j", (input) => {
    expect(parseMastodonInstance(input)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(parseMastodonInstance(undefined)).toBeNull();
    expect(parseMastodonInstance(["mastodon.social"])).toBeNull();
  });
});
