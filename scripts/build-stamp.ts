import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
/** Where `next build` writes (next.config.ts): .next, or the browser tests' own .next-e2e. */
export const distDir = () => path.join(root, process.env.KIOSQUE_DIST_DIR || ".next");
const stampFile = () => path.join(distDir(), "kiosque-source-stamp");
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules", "dsfr"]);

async function walk(entry: string, out: string[]): Promise<void> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) {
    for (const name of (await readdir(entry)).sort()) {
      if (!SKIP.has(name) && !name.endsWith(".test.ts") && !name.endsWith(".test.tsx")) await walk(path.join(entry, name), out);
    }
  } else {
    out.push(`${path.relative(root, entry)}:${info.size}:${info.mtimeMs}`);
  }
}

/** A fingerprint of what `next build` reads: a change in it means the build is stale. */
async function sourceStamp(): Promise<string> {
  const lines: string[] = [];
  for (const source of SOURCES) await walk(path.join(root, source), lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(path.join(distDir(), "BUILD_ID"))) return false;
  const previous = await readFile(stampFile(), "utf8").catch(() => "");
  return previous === (await sourceStamp());
}

export async function recordBuild(): Promise<void> {
  await writeFile(stampFile(), await sourceStamp());
}
