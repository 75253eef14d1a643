/**
 * Run by `postinstall`. The DSFR's Marianne fonts carry about 600 glyphs each (43 KB in WOFF2);
 * French needs Basic Latin, Latin-1, Latin Extended-A (œ, Œ, and the names of people and places of
 * neighbouring languages), typographic punctuation (’ « » – — … and the narrow no-break space) and
 * the euro sign. Subset to those (harfbuzz's hb-subset, through `subset-font`), each file weighs
 * about 26 KB: 15 KB less for each of the fonts a page loads, before its first paint on a slow
 * phone. A character outside the subset is drawn in the next font of the stack. Only the WOFF2
 * files (what every current browser takes) are changed. Idempotent: a stamp records the subset
 * files' hashes, and a file that matches is left alone.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";

const require = createRequire(import.meta.url);
const fonts = path.join(path.dirname(require.resolve("@codegouvfr/react-dsfr/package.json")), "dsfr", "fonts");
const stampFile = path.join(fonts, ".kiosque-subset.json");

const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A
  [0x2c6, 0x2dd], // spacing modifiers (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
  [0x300, 0x301], // combining grave and acute
  [0x2000, 0x206f], // General Punctuation: ’ “ ” « » (in Latin-1) – — … ‹ › and the spaces
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
];
const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
let stamp = {};
try {
  stamp = JSON.parse(readFileSync(stampFile, "utf8"));
} catch {
  // First run.
}

let changed = 0;
for (const name of readdirSync(fonts).filter((file) => /^Marianne-.*\.woff2$/.test(file))) {
  const file = path.join(fonts, name);
  const source = readFileSync(file);
  if (stamp[name] === sha256(source)) continue;
  const subset = await subsetFont(source, text, { targetFormat: "woff2" });
  if (subset.length < 1000 || subset.length >= source.length) {
    console.error(`subset-dsfr-fonts : ${name} n'a pas été réduit (${source.length} → ${subset.length} octets) ; vérifiez la police.`);
    process.exit(1);
  }
  writeFileSync(file, subset);
  stamp[name] = sha256(subset);
  changed++;
}
if (changed > 0) writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
