import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The sites these specs start use the tests' build, like every other test site: one build per run.
process.env.KIOSQUE_DIST_DIR ??= ".next-e2e";

/**
 * Attacks (tests/attacks): each spec starts a production site of its own (scripts/bench-site.ts)
 * with hostile content written before its first page, so this config starts no shared server.
 * `npm test` runs it after the other browser tests, never beside them: both start production sites
 * on a 2-core machine, and the browser tests' timings (publish-to-visible within a second) must not
 * compete with a site full of payloads.
 */
export default defineConfig({
  testDir: "tests/attacks",
  fullyParallel: false,
  workers: 1,
  retries: base.retries,
  reporter: base.reporter,
  timeout: 480_000,
  use: { ...base.use, baseURL: undefined },
});
