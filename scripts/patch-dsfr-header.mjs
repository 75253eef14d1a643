/**
 * Run by `postinstall`. @codegouvfr/react-dsfr 1.33.0's Header puts `aria-labelledby` on the two
 * modal <div>s of the header (search and menu) without a role: ARIA prohibits naming a generic
 * element, so assistive technologies ignore it and the W3C Nu HTML Checker reports an error on
 * every page. Removing the attribute changes nothing anyone perceives and makes the pages valid
 * HTML (tests/e2e/html-validity.spec.ts). Idempotent; fails loudly if the library's code moved, so
 * that an upgrade is looked at rather than silently unpatched.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const file = path.join(path.dirname(require.resolve("@codegouvfr/react-dsfr/package.json")), "Header", "Header.js");
const source = readFileSync(file, "utf8");
const patterns = [', "aria-labelledby": `${id}-search-bar-button` }', ', "aria-labelledby": menuButtonId }'];
let patched = source;
for (const pattern of patterns) patched = patched.replace(pattern, " }");
if (patched === source && patterns.some((pattern) => !source.includes(pattern)) && source.includes('"aria-labelledby": menuButtonId')) {
  console.error(`patch-dsfr-header : le code de ${file} a changé ; vérifiez le correctif.`);
  process.exit(1);
}
if (patched !== source) writeFileSync(file, patched);
