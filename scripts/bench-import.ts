/**
 * `npm run bench:import -- [--posts 5000]`: the WordPress import's time and peak memory on a
 * generated export (tests/fixtures/wordpress: classic and Gutenberg bodies, a featured image for one
 * post in ten, an illustration in three), into a fresh embedded PostgreSQL, run twice: the import,
 * then the same export again (everything unchanged). Each run is `npm run import:wordpress` in a
 * process of its own; its peak memory is the kernel's (GNU time's maximum resident set) when
 * /usr/bin/time exists, the import's own samples otherwise. `--heap 96` runs both with V8's heap
 * capped at 96 MB: an import that held the export, or what it made of it, would not survive it.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { freeLocalPort } from "../lib/embedded-postgres";
import { readWxrFile } from "../lib/wordpress/wxr";
import { generatedExport } from "../tests/fixtures/wordpress";

// --heap MB: the imports run with V8's heap capped there (a proof that memory does not grow with the export).
const { values } = parseArgs({ options: { posts: { type: "string", default: "5000" }, heap: { type: "string" } } });
const POSTS = Number(values.posts);
const root = path.resolve(import.meta.dirname, "..");

async function writeExport(file: string): Promise<void> {
  const out = createWriteStream(file);
  for await (const chunk of generatedExport(POSTS)) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  out.end();
  await finished(out);
}

/** A JPEG per attachment of the export (no two the same picture), and the shared illustration. */
async function writeUploads(file: string, uploads: string): Promise<number> {
  let count = 0;
  // Noise: solid colours this close would re-encode to the same bytes, and be kept once.
  const jpeg = (n: number) => sharp({ create: { width: 900, height: 600, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 60 + (n % 120), sigma: 30 } } }).jpeg().toBuffer();
  for await (const event of readWxrFile(file)) {
    if (event.kind !== "item" || event.item.postType !== "attachment") continue;
    const relative = event.item.meta.find((meta) => meta.key === "_wp_attached_file")?.value;
    if (!relative) continue;
    await mkdir(path.dirname(path.join(uploads, relative)), { recursive: true });
    await writeFile(path.join(uploads, relative), await jpeg(count++));
  }
  await writeFile(path.join(uploads, "illustration.jpg"), await jpeg(9999));
  return count + 1;
}

type Measure = { seconds: number; peakMb: number; summary: string };

async function importOnce(file: string, uploads: string, dataDir: string, pgPort: number): Promise<Measure> {
  const timed = existsSync("/usr/bin/time");
  const command = [process.execPath, "--conditions=react-server", "--import", "tsx", "scripts/import-wordpress.ts", file, "--uploads", uploads];
  const child = spawn(timed ? "/usr/bin/time" : command[0]!, timed ? ["-f", "KIOSQUE_MAXRSS_KB=%M", ...command] : command.slice(1), {
    cwd: root,
    env: {
      ...process.env,
      KIOSQUE_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: "",
      ...(values.heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${Number(values.heap)}`.trim() } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`l’import a échoué (${code}) :\n${stderr.slice(-2000)}`);
  const ownPeak = Number(/mémoire au plus haut : (\d+) Mo/.exec(stdout)?.[1] ?? Number.NaN);
  const kernelPeak = Number(/KIOSQUE_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  const articles = /^Articles : .*$/m.exec(stdout)?.[0] ?? "";
  const images = /^Images : .*$/m.exec(stdout)?.[0] ?? "";
  return { seconds, peakMb: Number.isFinite(kernelPeak) ? kernelPeak : ownPeak, summary: `${articles} ${images}` };
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "kiosque-bench-import-"));
  // Run as root, the embedded PostgreSQL runs as "postgres", who must be able to cross this folder.
  await chmod(folder, 0o711);
  try {
    const file = path.join(folder, "export.xml");
    const uploads = path.join(folder, "uploads");
    console.log(`Export de ${POSTS.toLocaleString("fr-FR")} articles généré dans ${file}…`);
    await writeExport(file);
    const images = await writeUploads(file, uploads);
    const size = (await stat(file)).size;
    const dataDir = path.join(folder, "data");
    const pgPort = await freeLocalPort();
    // The embedded database is created by the first run; the second finds it.
    const first = await importOnce(file, uploads, dataDir, pgPort);
    const second = await importOnce(file, uploads, dataDir, pgPort);
    console.log(`\nImport WordPress${values.heap ? ` (tas V8 limité à ${values.heap} Mo)` : ""}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} cœurs ; export de ${POSTS.toLocaleString("fr-FR")} articles (${(size / 1_048_576).toFixed(1)} Mo), ${images} images dans le dossier des médias`);
    console.log("\n| run | time (s, with the embedded PostgreSQL's start) | peak memory of the import process (MB) |\n|---|---:|---:|");
    console.log(`| first import | ${first.seconds.toFixed(1)} | ${first.peakMb.toFixed(0)} |`);
    console.log(`| second run (nothing changed) | ${second.seconds.toFixed(1)} | ${second.peakMb.toFixed(0)} |`);
    console.log(`\n${first.summary}\n${second.summary}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
