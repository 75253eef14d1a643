import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { seedSlugs } from "./seed-slugs";

/** The public pages as served, one of each kind. */
const PAGES: Record<string, string> = {
  accueil: "/",
  actualités: "/actualites",
  article: `/actualites/${seedSlugs.reference}`,
  rubrique: "/rubriques/partenariats",
  "mot-clé": "/mots-cles/securite-privee",
  contact: "/nous-contacter",
  recherche: "/recherche?q=police",
};

type Message = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run by the system's Java, offline)
 * on the HTML the server sends: no error on any public page.
 */
test("the public pages are valid HTML for the W3C Nu HTML Checker", async ({ request }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "kiosque-vnu-"));
  try {
    const files: string[] = [];
    for (const [name, url] of Object.entries(PAGES)) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const file = path.join(dir, `${name}.html`);
      await writeFile(file, await response.text());
      files.push(file);
    }
    const jar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");
    // vnu exits 1 when it reports errors; its JSON report is on stderr either way.
    const { stderr } = await promisify(execFile)("java", ["-jar", jar, "--errors-only", "--format", "json", ...files], { maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stderr?: string; code?: number }) => {
        if (typeof error.stderr !== "string" || error.code !== 1) throw error;
        return { stderr: error.stderr };
      },
    );
    const messages = (JSON.parse(stderr) as { messages: Message[] }).messages;
    expect(files.length).toBe(Object.keys(PAGES).length);
    expect(messages.map((m) => `${path.basename(m.url)}:${m.lastLine ?? "?"} ${m.message}`)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
