/**
 * `npm test`: lint, typecheck, unit tests, integration tests against the embedded PostgreSQL 17
 * (and again against TEST_DATABASE_URL when it is set), then browser tests in Debian's Chromium.
 * Stops at the first failing step.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

type Step = { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv };

const withoutExternal = { ...process.env, TEST_DATABASE_URL: "" };
const steps: Step[] = [
  { name: "lint", command: "npx", args: ["eslint", "--max-warnings=0", "."] },
  { name: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "unit", command: "npx", args: ["vitest", "run", "--project", "unit"] },
  { name: "integration (embedded PostgreSQL)", command: "npx", args: ["vitest", "run", "--project", "integration"], env: withoutExternal },
];
if (process.env.TEST_DATABASE_URL) {
  steps.push({
    name: "integration (TEST_DATABASE_URL)",
    command: "npx",
    args: ["vitest", "run", "--project", "integration"],
  });
}
steps.push({ name: "browser (Playwright + Chromium)", command: "npx", args: ["playwright", "test"] });

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium est introuvable (${chromium}) : installez-le avec « apt-get install -y chromium » ou définissez CHROMIUM_PATH.`);
  process.exit(1);
}

const timings: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...(step.env ?? process.env) },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} a échoué (${seconds} s).`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ Tous les tests sont passés.\n  ${timings.join("\n  ")}`);
