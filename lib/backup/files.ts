import { cp, readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Every regular file under `directory`, as paths relative to it (none when it does not exist). */
export async function listFiles(directory: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string) => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(path.relative(directory, full));
    }
  };
  await walk(directory);
  return out.sort();
}

export async function copyTree(from: string, to: string): Promise<{ files: number; bytes: number }> {
  const files = await listFiles(from);
  let bytes = 0;
  for (const file of files) {
    await cp(path.join(from, file), path.join(to, file), { preserveTimestamps: true });
    bytes += (await stat(path.join(from, file))).size;
  }
  return { files: files.length, bytes };
}
