import { siteUrl } from "./env";

// Paths are pure and safe in client components (lib/paths.ts); absolute URLs need the server's env.
export { paths } from "./paths";

/** Absolute URL on the configured public base URL (SITE_URL). */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
