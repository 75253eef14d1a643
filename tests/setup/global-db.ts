/**
 * Vitest global setup of the integration project: one PostgreSQL server for the run — the embedded
 * PostgreSQL 17 by default, or the server of TEST_DATABASE_URL (CI runs both) — and a template
 * database migrated once, from which each test file gets its own copy in milliseconds.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { freeLocalPort, startEmbeddedPostgres, type EmbeddedServer } from "../../lib/embedded-postgres";
import { applyMigrations } from "../../lib/migrations";
import { assertLocalDatabase } from "./database-guard";

export const TEMPLATE_DB = "kiosque_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    serverLabel: string;
  }
}


function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  let label: string;

  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalDatabase(external);
    adminUrl = external;
    label = "TEST_DATABASE_URL";
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-test-"));
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freeLocalPort() });
    adminUrl = embedded.adminUrl;
    label = "embedded PostgreSQL";
  }

  let version: string | undefined;
  try {
    version = await admin(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
      return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
    });
    await applyMigrations(withDatabase(adminUrl, TEMPLATE_DB));
  } catch (error) {
    // Without this, a failed migration leaves the embedded server running and the run hanging.
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  console.log(`[tests] integration database: ${label}, PostgreSQL ${version}`);

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("serverLabel", `${label} ${version}`);

  return async () => {
    await admin(adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'kiosque_test_%'",
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }).catch(() => undefined);
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
