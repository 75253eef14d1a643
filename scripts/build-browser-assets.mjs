/**
 * Run by `prebuild` and `predev`: the scripts public pages load, in public/assets/ with their
 * content's hash in their names (served for a year, never stale), and public/assets/manifest.json
 * naming them for scripts/static-document.cjs.
 *   - the DSFR's own script (module, and nomodule for old browsers), which drives the header's menus
 *     and modals, the display settings and every DSFR component, without React;
 *   - components/browser/public-page.ts, bundled: the share panel's disclosure, copy and share sheet.
 * Files are rewritten only when their content changes, so that the build stays current.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "public", "assets");
const dsfr = path.join(path.dirname(require.resolve("@codegouvfr/react-dsfr/package.json")), "dsfr");

const hashed = (name, content) => {
  const hash = createHash("sha256").update(content).digest("base64url").slice(0, 10).toLowerCase().replace(/[^a-z0-9]/g, "0");
  return name.replace(/\.js$/, `.${hash}.js`);
};
// The DSFR ships source maps that are not served: the comment would make browsers ask for them.
const withoutSourceMap = (source) => source.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n");

const site = await build({
  entryPoints: [path.join(root, "components/browser/public-page.ts")],
  bundle: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  write: false,
  legalComments: "none",
  tsconfig: path.join(root, "tsconfig.json"),
});

const files = {
  dsfrModule: ["dsfr.module.min.js", withoutSourceMap(readFileSync(path.join(dsfr, "dsfr.module.min.js"), "utf8"))],
  dsfrNoModule: ["dsfr.nomodule.min.js", withoutSourceMap(readFileSync(path.join(dsfr, "dsfr.nomodule.min.js"), "utf8"))],
  site: ["kiosque.js", site.outputFiles[0].text],
};

mkdirSync(out, { recursive: true });
const manifest = {};
for (const [key, [name, content]] of Object.entries(files)) {
  const file = hashed(name, content);
  manifest[key] = `/assets/${file}`;
  const target = path.join(out, file);
  if (!existsSync(target) || readFileSync(target, "utf8") !== content) writeFileSync(target, content);
}
const kept = new Set([...Object.values(manifest).map((url) => path.basename(url)), "manifest.json"]);
for (const name of readdirSync(out)) if (!kept.has(name)) rmSync(path.join(out, name));
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
const manifestFile = path.join(out, "manifest.json");
if (!existsSync(manifestFile) || readFileSync(manifestFile, "utf8") !== manifestText) writeFileSync(manifestFile, manifestText);
