/**
 * `npm test`: npm audit, lint, typecheck, unit tests, integration tests against the embedded PostgreSQL 17
 * (and again against TEST_DATABASE_URL when it is set), then browser tests in Debian's Chromium,
 * then the attacks' browser tests (their own sites).
 * Stops at the first failing step.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Step = { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv; report?: string };

const reports = path.resolve("test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestReport = (name: string) => ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${name}.json`)}`];

const withoutExternal = { ...process.env, TEST_DATABASE_URL: "" };
// A step, or a group of steps run at the same time.
const steps: (Step | Step[])[] = [
  // Production dependencies with a high or critical advisory (scripts/audit.ts).
  { name: "audit", command: "node", args: ["--import", "tsx", "scripts/audit.ts"] },
  // Both read the sources only.
  [
    { name: "lint", command: "npx", args: ["eslint", "--max-warnings=0", "."] },
    { name: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
  ],
  { name: "unit", command: "npx", args: ["vitest", "run", "--project", "unit", ...vitestReport("unit")], report: "unit" },
];
// The two database servers' runs at once: each waits on its own PostgreSQL as much as it computes.
const integration: Step[] = [
  {
    name: "integration (embedded PostgreSQL)",
    command: "npx",
    args: ["vitest", "run", "--project", "integration", ...vitestReport("integration-embedded")],
    env: withoutExternal,
    report: "integration-embedded",
  },
];
if (process.env.TEST_DATABASE_URL) {
  integration.push({
    name: "integration (TEST_DATABASE_URL)",
    command: "npx",
    args: ["vitest", "run", "--project", "integration", ...vitestReport("integration-external")],
    report: "integration-external",
  });
}
steps.push(integration);
steps.push({
  name: "browser (Playwright + Chromium)",
  command: "npx",
  args: ["playwright", "test", "--reporter=list,json"],
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "browser.json") },
  report: "browser",
});
// After the other browser tests, never beside them: these start sites of their own (tests/attacks).
steps.push({
  name: "browser attacks (XSS corpus, server actions' Origin)",
  command: "npx",
  args: ["playwright", "test", "-c", "playwright.attacks.config.ts", "--reporter=list,json"],
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "attacks.json") },
  report: "attacks",
});

type Counts = { passed: number; failed: number; skipped: number };

/** Reads a runner's JSON report: vitest's (numPassedTests…) or Playwright's (stats.expected…). */
function countsOf(report: string): Counts {
  const data = JSON.parse(readFileSync(path.join(reports, `${report}.json`), "utf8"));
  if (data.stats) {
    return { passed: data.stats.expected + data.stats.flaky, failed: data.stats.unexpected, skipped: data.stats.skipped };
  }
  return { passed: data.numPassedTests, failed: data.numFailedTests, skipped: data.numPendingTests + data.numTodoTests };
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium est introuvable (${chromium}) : installez-le avec « apt-get install -y chromium » ou définissez CHROMIUM_PATH.`);
  process.exit(1);
}

const timings: string[] = [];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...(step.env ?? process.env) } });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

for (const entry of steps) {
  const group = Array.isArray(entry) ? entry : [entry];
  console.log(`\n▶ ${group.map((step) => step.name).join(" ‖ ")}`);
  const started = Date.now();
  const statuses = await Promise.all(
    group.map(async (step) => {
      const status = await run(step);
      timings.push(`${step.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return status;
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const step of group) {
    if (step.report && existsSync(path.join(reports, `${step.report}.json`))) {
      const counts = countsOf(step.report);
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
  }
  const failed = group.filter((_, index) => statuses[index] !== 0);
  if (failed.length > 0) {
    console.error(`\n✖ ${failed.map((step) => step.name).join(", ")} : échec (${seconds} s).`);
    console.log(`${total.passed} passed, ${Math.max(total.failed, 1)} failed, ${total.skipped} skipped`);
    process.exit(1);
  }
}
console.log(`\n✔ Tous les tests sont passés.\n  ${timings.join("\n  ")}\n`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
