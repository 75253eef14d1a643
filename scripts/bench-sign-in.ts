/**
 * How long the password step of a sign-in takes, for each way it can end:
 *
 *   node --conditions=react-server --import tsx scripts/bench-sign-in.ts [--runs 40]
 *
 * Starts its own embedded PostgreSQL 17 in a temporary directory, migrates it, creates an editor,
 * a disabled account and an account invited without a password, then times `checkPassword`
 * (lib/auth/sign-in.ts, the code the sign-in form runs: throttle check, one argon2id verification,
 * the failure counters and the audit entry) for an unknown address, a wrong password, a disabled
 * account, a pending invitation and the right password, interleaved in a random order, after a warm-up. The first
 * four must not be told apart by their time. Throttle rows are cleared between runs (outside the
 * timing), so that no attempt meets a lock.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase, freeLocalPort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations";

const { values } = parseArgs({ options: { runs: { type: "string", default: "40" } } });
const RUNS = Number(values.runs);
const PASSWORD = "un mot de passe de banc d'essai";

const dir = await mkdtemp(path.join(os.tmpdir(), "kiosque-bench-sign-in-"));
const server = await startEmbeddedPostgres({ dataDir: dir, port: await freeLocalPort() });
try {
  await ensureDatabase(server.adminUrl, "bench");
  const url = server.databaseUrl("bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  process.env.KIOSQUE_DATA_DIR = dir;
  const { prisma, disconnectDb } = await import("../lib/db");
  const { hashPassword } = await import("../lib/password");
  const { checkPassword } = await import("../lib/auth/sign-in");

  const hash = await hashPassword(PASSWORD);
  await prisma.user.createMany({
    data: [
      { email: "editeur@bench.example", name: "Éditeur", role: "EDITOR", passwordHash: hash },
      { email: "parti@bench.example", name: "Parti", role: "EDITOR", passwordHash: hash, disabledAt: new Date() },
      { email: "invite@bench.example", name: "Invité", role: "AUTHOR", passwordHash: null },
    ],
  });

  const cases = [
    { label: "unknown address", email: () => `inconnu-${Math.random().toString(36).slice(2)}@bench.example`, password: PASSWORD },
    { label: "wrong password", email: () => "editeur@bench.example", password: "pas le bon" },
    { label: "disabled account", email: () => "parti@bench.example", password: PASSWORD },
    { label: "pending invitation", email: () => "invite@bench.example", password: PASSWORD },
    { label: "right password", email: () => "editeur@bench.example", password: PASSWORD },
  ];
  const timings = new Map(cases.map((c) => [c.label, [] as number[]]));
  for (let run = -3; run < RUNS; run++) {
    // A new order each run, so that no case always follows the same one.
    const order = cases.map((c, index) => ({ c, index, key: Math.random() })).sort((a, b) => a.key - b.key);
    for (const { c, index } of order) {
      await prisma.authThrottle.deleteMany();
      const ip = `198.51.100.${(run + 10) % 250}`;
      const started = performance.now();
      const outcome = await checkPassword({ email: c.email(), password: c.password, ip: `${ip.slice(0, -1)}${index}` });
      const elapsed = performance.now() - started;
      if (outcome.kind === "locked") throw new Error("unexpected lock");
      if (run >= 0) timings.get(c.label)!.push(elapsed);
    }
  }
  const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(`\ncheckPassword, ${RUNS} runs each, interleaved (ms)\n`);
  console.log("| outcome | median | p95 |\n|---|---:|---:|");
  for (const [label, values] of timings) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`| ${label} | ${quantile(sorted, 0.5).toFixed(1)} | ${quantile(sorted, 0.95).toFixed(1)} |`);
  }
  await disconnectDb();
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
