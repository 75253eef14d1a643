import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/**
 * Browser tests run against the real `npm start` path — embedded PostgreSQL in its own data
 * directory, migrations, seed, production build — in Debian's Chromium (never a downloaded browser).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: "fr-FR",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    { name: "public", use: { browserName: "chromium" }, testIgnore: /(admin|instances)\// },
    // The back office changes what public pages show: its tests run after the public ones, one at a time.
    { name: "admin", use: { browserName: "chromium" }, testMatch: /admin\/.*\.spec\.ts$/, dependencies: ["public"], workers: 1 },
    // Two more sites of their own (one database, two instances, a proxy), after everything else.
    { name: "instances", use: { browserName: "chromium" }, testMatch: /instances\/.*\.spec\.ts$/, dependencies: ["admin"], workers: 1 },
  ],
  webServer: {
    // Each run starts from an empty data directory, hence from the seed. `exec` keeps the PID the
    // server's, so the graceful shutdown reaches it and it stops its embedded PostgreSQL.
    command: `rm -rf data/e2e-${PORT} && exec node --conditions=react-server --import tsx scripts/start.ts`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      PORT: String(PORT),
      KIOSQUE_DATA_DIR: `data/e2e-${PORT}`,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54339",
      SITE_URL: baseURL,
      ADMIN_PASSWORD: "e2e-admin-password-not-secret",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      // A build of the tests' own: never the one a running `npm start` serves.
      KIOSQUE_DIST_DIR: ".next-e2e",
      // Each request's database queries, for tests/e2e/cached-reads.spec.ts (scripts/next-server-preload.cjs).
      KIOSQUE_QUERY_LOG: `data/e2e-${PORT}/queries.jsonl`,
    },
  },
});
