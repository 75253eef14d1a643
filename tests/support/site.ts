/**
 * A production Kiosque of a test's own (scripts/start.ts: migrations, seed, build if stale, the
 * background loop, `next start`), on free ports and a data directory the test gives, with its
 * output kept for assertions. Also: a staff session without the sign-in form, and a server action
 * called the way the browser calls it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { open, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { freeLocalPort, isProcessAlive } from "../../lib/embedded-postgres";

export const root = path.resolve(import.meta.dirname, "../..");
/** The tests' own build (playwright.config.ts uses the same), never the one `npm start` serves. */
export const TEST_DIST_DIR = ".next-e2e";
export const TEST_AUTH_SECRET = "secret d'authentification des tests de pannes, 32 caractères au moins";
export const TEST_ENCRYPTION_KEY = "clé de chiffrement des tests de pannes, 32 caractères au moins";

/**
 * One test site at a time per checkout: every test site builds, when the build is stale, into the
 * same `.next-e2e` (two would build it at once). Test files that start sites hold this while they run.
 */
export async function holdSiteSlot(): Promise<() => Promise<void>> {
  const file = path.join(os.tmpdir(), `kiosque-test-site-${createHash("sha256").update(root).digest("hex").slice(0, 12)}.lock`);
  for (;;) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(file, "utf8").catch(() => ""));
      if (holder && !isProcessAlive(holder)) await rm(file, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export type TestSite = {
  baseURL: string;
  port: number;
  child: ChildProcess;
  /** everything the site printed so far (start script, server, background loop) */
  output(): string;
  /** SIGTERM and wait: the server, then the embedded PostgreSQL, stop in order */
  stop(): Promise<void>;
  /** SIGKILL of the start script and of the Next.js server it started, without any clean-up */
  killHard(): Promise<void>;
};

export type SiteOptions = {
  dataDir: string;
  /** an external database; empty: the embedded PostgreSQL in dataDir */
  databaseUrl?: string;
  port?: number;
  pgPort?: number;
  env?: Record<string, string>;
};

export async function startSite(options: SiteOptions): Promise<TestSite> {
  const port = options.port ?? (await freeLocalPort());
  const pgPort = options.pgPort ?? (await freeLocalPort());
  const baseURL = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      KIOSQUE_DATA_DIR: options.dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: options.databaseUrl ?? "",
      SITE_URL: baseURL,
      ADMIN_PASSWORD: "mot-de-passe-des-tests-de-pannes",
      AUTH_SECRET: TEST_AUTH_SECRET,
      KIOSQUE_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // The tests' own build, shared with the browser tests (one build per test run), never the
      // one a running `npm start` serves.
      KIOSQUE_DIST_DIR: TEST_DIST_DIR,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const serverPid = async (): Promise<number | undefined> => {
    const lock = await readFile(path.join(options.dataDir, "kiosque.lock"), "utf8").catch(() => "");
    if (lock) return (JSON.parse(lock) as { serverPid?: number }).serverPid;
    // An external database takes no lock: the Next.js server is the start script's child.
    const children = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").catch(() => "");
    return Number(children.trim().split(/\s+/)[0]) || undefined;
  };

  const site: TestSite = {
    baseURL,
    port,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
    async killHard() {
      const server = await serverPid();
      child.kill("SIGKILL");
      if (server) {
        try {
          process.kill(server, "SIGKILL");
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes("Kiosque est prêt")) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`le site s'est arrêté avant d'être prêt :\n${output.slice(-3000)}`));
      });
    });
  } catch (error) {
    await site.stop();
    throw error;
  }
  return site;
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** The embedded database's URL of a site started on dataDir (its generated password). */
export async function embeddedUrl(dataDir: string, pgPort: number): Promise<string> {
  const password = (await readFile(path.join(dataDir, "pg-password"), "utf8")).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/kiosque`;
}

/** A staff member's session cookie, as the sign-in would set it (the same secret and claims). */
export async function sessionCookie(databaseUrl: string, email: string): Promise<string> {
  const [user] = await sql<{ id: string; sessionVersion: number }>(databaseUrl, `SELECT id, "sessionVersion" FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`aucun compte ${email}`);
  const name = "authjs.session-token";
  const value = await encode({ token: { uid: user.id, sv: user.sessionVersion, sub: user.id }, secret: TEST_AUTH_SECRET, salt: name, maxAge: 3600 });
  return `${name}=${value}`;
}

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

/** The id Next.js gave a server action in this build, from its manifest. */
export async function actionId(filename: string, exportedName: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(root, TEST_DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === filename && action.exportedName === exportedName);
  if (!entry) throw new Error(`action introuvable : ${filename} ${exportedName}`);
  return entry[0];
}

export type ActionAnswer = { status: number; headers: Headers; result: unknown; body: string };

/**
 * Calls a server action as the browser's router does (JSON arguments, the Next-Action header,
 * a same-origin request) and reads its result from the RSC answer.
 */
export async function callAction(site: { baseURL: string }, options: { id: string; page: string; cookie: string; args: unknown[] }): Promise<ActionAnswer> {
  const response = await fetch(`${site.baseURL}${options.page}`, {
    method: "POST",
    headers: {
      "Next-Action": options.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: site.baseURL,
      Cookie: options.cookie,
    },
    body: JSON.stringify(options.args),
    redirect: "manual",
  });
  const body = await response.text();
  let result: unknown;
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const value = JSON.parse(match[1]!) as { status?: unknown };
      if (value && typeof value === "object" && "status" in value) result = value;
    } catch {
      // another row of the payload
    }
  }
  return { status: response.status, headers: response.headers, result, body };
}
