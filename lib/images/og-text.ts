import path from "node:path";
import * as fontkit from "fontkit";

export const OG_FONT_DIR = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "node_modules/@codegouvfr/react-dsfr/dsfr/fonts",
);

type Font = { hasGlyphForCodePoint(codePoint: number): boolean };
const fonts = new Map<string, Font>();

function font(file: string): Font {
  let loaded = fonts.get(file);
  if (!loaded) {
    loaded = fontkit.openSync(path.join(OG_FONT_DIR, file)) as unknown as Font;
    fonts.set(file, loaded);
  }
  return loaded;
}

/**
 * Keeps only the characters the font can draw. The image renderer would otherwise fetch a fallback
 * font or emoji from an outside host for the others (and fail offline); a dropped emoji or ideogram
 * is better than a broken image. Runs of spaces left behind are collapsed.
 */
export function drawableText(text: string, fontFile: string): string {
  const face = font(fontFile);
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (char === " " || char === "\u00a0" || face.hasGlyphForCodePoint(codePoint)) out += char;
  }
  return out.replace(/\s+/g, " ").trim();
}
