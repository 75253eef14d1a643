/**
 * `npm start`: everything a newcomer needs, in order — validate the environment, take the instance
 * lock, start (or recover) the embedded PostgreSQL unless DATABASE_URL is set, apply migrations,
 * seed an empty database (demo content on the embedded database only), build if the build is missing or stale, then serve with `next start`.
 * Beside the server runs the background loop (the mail outbox and the housekeeping,
 * lib/mail/server-loop.ts). Ctrl-C / SIGTERM stop that loop (the mail being sent finishes), then
 * the server, then the embedded PostgreSQL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { buildIsCurrent, distDir, recordBuild } from "./build-stamp";
import { EmbeddedPostgresError, ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "../lib/embedded-postgres";
import { EnvError, parseEnv } from "../lib/env";
import { AlreadyRunningError, InstanceLock } from "../lib/instance-lock";
import { applyMigrations } from "../lib/migrations";

const root = path.resolve(import.meta.dirname, "..");
const log = (message: string) => console.log(`[kiosque] ${message}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} : code ${code}`))));
  });
}

async function main(): Promise<void> {
  const env = parseEnv();
  const dataDir = path.resolve(root, env.KIOSQUE_DATA_DIR);
  let lock: InstanceLock | undefined;
  let embedded: EmbeddedServer | undefined;
  let server: ChildProcess | undefined;
  let background: { stop(): Promise<void> } | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (background) {
      // Before PostgreSQL goes: the mail being sent is marked sent, the rest of its batch given back.
      await background.stop();
      await (await import("../lib/db")).disconnectDb();
    }
    if (server && server.exitCode === null) {
      log("Arrêt du serveur…");
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    if (embedded) {
      log("Arrêt de PostgreSQL embarqué…");
      await embedded.stop();
    }
    await lock?.release();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      lock = await InstanceLock.acquire(dataDir);
      log(`Démarrage de PostgreSQL embarqué (données dans ${path.relative(root, dataDir) || "."}/pg, port ${env.EMBEDDED_PG_PORT})…`);
      embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT, log });
      await ensureDatabase(embedded.adminUrl, "kiosque");
      databaseUrl = embedded.databaseUrl("kiosque");
    } else {
      log(`Base de données : ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`);
      if (!env.AUTH_SECRET || !env.KIOSQUE_ENCRYPTION_KEY) {
        log(
          `AUTH_SECRET ou KIOSQUE_ENCRYPTION_KEY n'est pas défini : la valeur est générée dans ${path.relative(root, dataDir) || "."}/secrets. ` +
            "Plusieurs instances doivent partager ce dossier, ou définir ces variables à l'identique.",
        );
      }
    }

    log("Application des migrations…");
    await applyMigrations(databaseUrl);

    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      KIOSQUE_DATA_DIR: dataDir,
      // Next.js would otherwise report telemetry to an outside host.
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${path.join(root, "scripts/next-server-preload.cjs")}`]
        .filter(Boolean)
        .join(" "),
    };
    process.env.DATABASE_URL = databaseUrl;
    process.env.KIOSQUE_DATA_DIR = dataDir;
    const { seedDatabase } = await import("../prisma/seed");
    const { prisma, disconnectDb } = await import("../lib/db");
    // Demo content on the embedded database only: a server behind DATABASE_URL may be production.
    const seeded = await seedDatabase(prisma, {
      demo: !env.DATABASE_URL,
      uploadsDir: path.join(dataDir, "uploads"),
      adminEmail: env.ADMIN_EMAIL,
      adminPassword: env.ADMIN_PASSWORD,
      log,
    });
    await disconnectDb();
    // Generated now, once, rather than by the first request: the session secret and the key that
    // encrypts two-factor secrets, unless the environment gives them (lib/secrets.ts).
    const { getAuthSecret, getEncryptionKey } = await import("../lib/secrets");
    getAuthSecret();
    getEncryptionKey();
    if (seeded.demo) log("Base vide : contenu de démonstration créé.");
    else if (seeded.essentials) log("Base vide : réglages de l'établissement et compte administrateur créés (sans contenu de démonstration).");
    const { startServerBackground } = await import("../lib/mail/server-loop");
    background = startServerBackground(databaseUrl, log);
    if (seeded.generatedAdminPassword) {
      log(`Compte administrateur : ${env.ADMIN_EMAIL} / mot de passe généré (affiché une seule fois) : ${seeded.generatedAdminPassword}`);
    }

    if (process.argv.includes("--dev")) {
      server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", String(env.PORT)], { cwd: root, env: { ...childEnv, NODE_ENV: "development" }, stdio: "inherit" });
    } else {
      if (!(await buildIsCurrent())) {
        log("Construction du site (next build)…");
        await run("npm", ["run", "build", "--silent"], { ...childEnv, NODE_ENV: "production" });
        await recordBuild();
      }
      await dropRenderedCaches();
      server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(env.PORT)], { cwd: root, env: { ...childEnv, NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"] });
    }
    await lock?.update({ serverPid: server.pid, port: env.PORT });
    server.on("exit", (code) => {
      if (!stopping) {
        log(`Le serveur s'est arrêté (code ${code}).`);
        void shutdown(code ?? 1);
      }
    });
    await waitUntilServing(env.PORT);
    log(`Kiosque est prêt : http://localhost:${env.PORT}`);
  } catch (error) {
    if (error instanceof EnvError || error instanceof AlreadyRunningError || error instanceof EmbeddedPostgresError) console.error(error.message);
    else console.error(error);
    await shutdown(1);
  }
}

/**
 * Pages and data rendered at run time are cached under .next, but they belong to the database they
 * were read from and to the build that shaped them: a fresh data directory, another DATABASE_URL
 * or a new build must never be answered from them. They refill on demand after a start.
 */
async function dropRenderedCaches(): Promise<void> {
  await Promise.all(
    ["cache/fetch-cache", "server/route-cache"].map((dir) => rm(path.join(distDir(), dir), { recursive: true, force: true })),
  );
}

async function waitUntilServing(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: "HEAD" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
