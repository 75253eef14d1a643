import { xmlChars } from "@/lib/xml/text";

/**
 * WordPress writes post text into its export as it is in the database, control characters included
 * (pasted from Word, old plugins…), though XML 1.0 forbids them: a strict parser would refuse the
 * whole file for one invisible character. They are removed before the parser sees them, raw or as a
 * character reference (`&#1;`), and counted so the importer can say so.
 *
 * Text arrives in chunks, so a surrogate pair or a reference cut at a chunk's end is held back until
 * the next chunk completes it.
 */
export class XmlCharFilter {
  /** Characters removed so far. */
  removed = 0;
  private held = "";

  push(chunk: string): string {
    const text = this.held + chunk;
    const keep = heldBackLength(text);
    this.held = text.slice(text.length - keep);
    return this.clean(text.slice(0, text.length - keep));
  }

  /** At the end of input: what was held back, cleaned (a lone high surrogate goes). */
  flush(): string {
    const text = this.held;
    this.held = "";
    return this.clean(text);
  }

  private clean(text: string): string {
    const chars = xmlChars(text);
    this.removed += text.length - chars.length;
    return chars.replace(CHARACTER_REFERENCE, (reference: string, hex: string | undefined, decimal: string | undefined) => {
      if (isXmlChar(hex === undefined ? Number(decimal) : parseInt(hex, 16))) return reference;
      this.removed++;
      return "";
    });
  }
}

const CHARACTER_REFERENCE = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));/g;

/** A reference still being written at the very end of the text ("&", "&#", "&#x1"…). */
const UNFINISHED_REFERENCE = /&(?:#[xX]?[0-9a-fA-F]{0,16})?$/;

function heldBackLength(text: string): number {
  let keep = 0;
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep = 1;
  const unfinished = UNFINISHED_REFERENCE.exec(text.slice(Math.max(0, text.length - keep - 20), text.length - keep));
  return keep + (unfinished ? unfinished[0].length : 0);
}

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}
