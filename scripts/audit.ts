/**
 * `npm audit --omit=dev`, failing on any high or critical advisory against what production runs
 * (dev tools never reach the server). Run by `npm test` first, so CI checks it on every run.
 *
 * The registry this workplace reaches serves packages but refuses the audit service (405 on
 * /-/npm/v1/security/advisories/bulk). Then nothing can be known: that is said on one line and the
 * step passes, unless AUDIT_REQUIRED=1, where it fails — set it wherever the audit service answers.
 */
import { spawnSync } from "node:child_process";

type Report = {
  message?: string;
  statusCode?: number;
  error?: { summary?: string };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  metadata?: { vulnerabilities: Record<string, number> };
};

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  report = { message: (run.stderr || run.stdout || "aucune réponse").trim().split("\n")[0] };
}

if (!report.metadata) {
  const reason = report.message ?? report.error?.summary ?? "réponse illisible";
  console.log(`npm audit : le service d'audit du registre n'a pas répondu (${reason}) ; aucune vérification possible ici.`);
  process.exit(process.env.AUDIT_REQUIRED === "1" ? 1 : 0);
}

const counts = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, entry]) => entry.severity === "high" || entry.severity === "critical");
console.log(`npm audit --omit=dev : ${counts.critical ?? 0} critique(s), ${counts.high ?? 0} élevée(s), ${counts.moderate ?? 0} moyenne(s), ${counts.low ?? 0} faible(s).`);
for (const [name, entry] of serious) console.log(`  ${entry.severity} : ${name}`);
process.exit(serious.length > 0 ? 1 : 0);
