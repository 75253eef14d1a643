/**
 * Runs before each integration test file, in its worker: a fresh copy of the migrated template
 * database, private to this file, and a private uploads directory.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { disconnectDb } from "../../lib/db";

// unstable_cache needs Next.js's request context; lib/ is tested here for what it reads and
// writes, so caching is a pass-through. Cache behaviour is proven by the browser tests.
vi.mock("next/cache", () => ({
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
  updateTag: vi.fn(),
}));
// The second drop of lib/revalidate.ts runs after the response, which tests do not send.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: vi.fn() }));

// Server actions read the request (headers, cookies) and the session: tests say who is signed in
// with actAs() (tests/support/request.ts); the rest of the session check runs for real.
vi.mock("next/headers", async () => (await import("../support/request")).nextHeadersMock);
vi.mock("@/lib/auth/next-auth", async () => (await import("../support/request")).nextAuthMock);

const TEMPLATE_DB = "kiosque_test_template";
const database = `kiosque_test_w${process.env.VITEST_POOL_ID ?? "0"}`;
const adminUrl = inject("adminDatabaseUrl");

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

process.env.DATABASE_URL = withDatabase(adminUrl, database);
process.env.KIOSQUE_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "kiosque-uploads-"));

beforeAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  await disconnectDb();
});
