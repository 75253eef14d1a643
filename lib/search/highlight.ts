/**
 * Highlight markers put around matched words by ts_headline. Private-use characters: they are
 * stripped from the text before ts_headline runs (and from queries), so a title that happens to
 * contain "<<<" or any other sequence can never be mistaken for a marker.
 */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";

export type HighlightPart = { text: string; highlighted: boolean };

/**
 * Splits a headline into plain and highlighted parts. Tolerant: a marker without its pair is
 * dropped, never shown, and empty parts are left out.
 */
export function splitHighlights(headline: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (text: string, highlighted: boolean) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.highlighted === highlighted) last.text += text;
    else parts.push({ text, highlighted });
  };
  let rest = headline;
  while (rest !== "") {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      push(rest.replaceAll(HIGHLIGHT_STOP, ""), false);
      break;
    }
    push(rest.slice(0, start).replaceAll(HIGHLIGHT_STOP, ""), false);
    rest = rest.slice(start + HIGHLIGHT_START.length);
    const stop = rest.indexOf(HIGHLIGHT_STOP);
    const end = stop === -1 ? rest.length : stop;
    push(rest.slice(0, end).replaceAll(HIGHLIGHT_START, ""), true);
    rest = stop === -1 ? "" : rest.slice(stop + HIGHLIGHT_STOP.length);
  }
  return parts;
}

/** The headline without its markers. */
export function stripHighlights(headline: string): string {
  return headline.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");
}
