/**
 * The ways a page gets recommended, and the share links of the panel. Pure and client-safe: the
 * panel builds its links with it, the beacon and the Mastodon redirect validate with it.
 */

/** Mirrors the database's ShareChannel enum (lib/generated/prisma/enums), which a client bundle must not import. */
export const SHARE_CHANNELS = ["FORM", "COPY", "MAILTO", "SHARE_SHEET", "LINKEDIN", "X", "FACEBOOK", "MASTODON", "BLUESKY", "WHATSAPP"] as const;
export type ShareChannelName = (typeof SHARE_CHANNELS)[number];

/** What the reader's browser may report. FORM is counted by the form itself, once its mail is queued. */
export const CLIENT_CHANNELS = ["COPY", "MAILTO", "SHARE_SHEET", "LINKEDIN", "X", "FACEBOOK", "MASTODON", "BLUESKY", "WHATSAPP"] as const satisfies readonly ShareChannelName[];
export type ClientChannel = (typeof CLIENT_CHANNELS)[number];

export const CHANNEL_LABELS: Record<ShareChannelName, string> = {
  FORM: "Envoyer à un proche",
  COPY: "Lien copié",
  MAILTO: "Courriel",
  SHARE_SHEET: "Partage du système",
  LINKEDIN: "LinkedIn",
  X: "X",
  FACEBOOK: "Facebook",
  MASTODON: "Mastodon",
  BLUESKY: "Bluesky",
  WHATSAPP: "WhatsApp",
};

export type SharedContent = { url: string; title: string; excerpt: string; siteName: string };

/** "Titre https://…": what networks without a separate URL field get as their text. */
function titleAndUrl({ title, url }: SharedContent): string {
  return `${title} ${url}`;
}

/** A `mailto:` without recipient (the reader's own mail program picks it): French subject, body with title, chapô and URL. */
export function mailtoHref(content: SharedContent): string {
  const subject = `À lire sur le site ${content.siteName} : ${content.title}`;
  // RFC 6068: line breaks in a mailto body are CRLF, percent-encoded like everything else.
  const body = ["Bonjour,", "", `Je vous recommande cette page du site ${content.siteName} :`, "", content.title, "", content.excerpt, "", content.url, ""].join("\r\n");
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export type NetworkLink = { channel: Extract<ClientChannel, "LINKEDIN" | "X" | "FACEBOOK" | "BLUESKY" | "WHATSAPP">; label: string; href: string; icon: string };

/**
 * The networks' own share pages: plain links, opened only when the reader clicks (no script,
 * no image, no request to them before). Icon class names are written in full so that
 * `react-dsfr update-icons` finds them and serves them from the app.
 */
export function networkLinks(content: SharedContent): NetworkLink[] {
  const url = encodeURIComponent(content.url);
  return [
    { channel: "LINKEDIN", label: "LinkedIn", icon: "fr-icon-linkedin-box-fill", href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    { channel: "X", label: "X", icon: "fr-icon-twitter-x-fill", href: `https://x.com/intent/post?text=${encodeURIComponent(content.title)}&url=${url}` },
    { channel: "FACEBOOK", label: "Facebook", icon: "fr-icon-facebook-circle-fill", href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { channel: "BLUESKY", label: "Bluesky", icon: "fr-icon-bluesky-fill", href: `https://bsky.app/intent/compose?text=${encodeURIComponent(titleAndUrl(content))}` },
    { channel: "WHATSAPP", label: "WhatsApp", icon: "fr-icon-whatsapp-fill", href: `https://wa.me/?text=${encodeURIComponent(titleAndUrl(content))}` },
  ];
}

/** A Mastodon instance's share page: the host must have passed `parseMastodonInstance`. */
export function mastodonShareUrl(host: string, content: Pick<SharedContent, "title" | "url">): string {
  return `https://${host}/share?text=${encodeURIComponent(`${content.title} ${content.url}`)}`;
}

// Names that resolve to the reader's own machine or network, never to a public Mastodon server.
const PRIVATE_SUFFIXES = ["localhost", "local", "localdomain", "internal", "intranet", "lan", "home", "home.arpa", "corp", "test", "invalid", "example", "onion"];
const HOSTNAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const MASTODON_INSTANCE_ERROR = "Indiquez le nom de votre instance Mastodon, par exemple mastodon.social (sans @, ni port, ni chemin).";

/**
 * The host of the reader's Mastodon instance, or null. Strict on purpose (the redirect goes there):
 * a DNS name with at least one dot and an alphabetic top-level domain (so no IPv4 or IPv6 literal),
 * no port, user, path, query or fragment, nothing local. "https://" and one final "/" are tolerated
 * because people paste them; international names come back in their ASCII (punycode) form.
 */
export function parseMastodonInstance(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const typed = input.trim().toLowerCase().replace(/^https:\/\//, "").replace(/\/$/, "");
  if (typed.length === 0 || typed.length > 253 || /[\s/\\@:?#%[\]\u0000-\u001f\u007f]/.test(typed)) return null;
  let host: string;
  try {
    host = new URL(`https://${typed}`).hostname;
  } catch {
    return null;
  }
  if (!HOSTNAME.test(host)) return null;
  const lastLabels = host.split(".");
  for (const suffix of PRIVATE_SUFFIXES) {
    const parts = suffix.split(".");
    if (lastLabels.slice(-parts.length).join(".") === suffix) return null;
  }
  return host;
}
