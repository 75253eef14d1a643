import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Attacks (tests/attacks): each spec starts a production site of its own (scripts/bench-site.ts)
 * with hostile content written before its first page, so this config starts no shared server.
 * `npm test` runs it after the other browser tests, never beside them: every server started from
 * one checkout shares the run-time cache under .next (issue 9), and a site full of payloads must not
 * lend its cache entries to the shared test server.
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
