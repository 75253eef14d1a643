/**
 * WordPress has no credit field: photographers are named at the end of the caption. Kiosque
 * shows the credit apart, so a caption ending in "© Someone" or "Crédit : Someone" is split.
 * Only the end of the caption is read, and only a short name counts as a credit.
 */
export type CaptionParts = { caption?: string; credit?: string };

const MAX_CREDIT_CHARS = 100;

/** What may separate a caption from its credit: "Légende – © X", "Légende (© X)", "Légende. Crédit : X". */
const SEPARATORS = new Set([" ", "\t", "\n", "\u00a0", "\u202f", "-", "–", "—", "|", ",", ";", ":", "(", "/"]);

const CREDIT_LABEL = /(?<![\p{L}\p{N}])cr[ée]dits?(?:\s+photos?)?\s*:\s*/giu;

function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATORS.has(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

/** The name after the label or the ©, without the parenthesis that may close it; null when it is no name. */
function creditName(text: string): string | null {
  let name = text.trim();
  if (name.endsWith(")") && !name.includes("(")) name = name.slice(0, -1).trim();
  return name !== "" && name.length <= MAX_CREDIT_CHARS ? name : null;
}

function parts(before: string, credit: string): CaptionParts {
  const caption = withoutTrailingSeparators(before).trim();
  return caption === "" ? { credit } : { caption, credit };
}

export function splitCredit(caption: string | undefined): CaptionParts {
  const text = caption?.trim() ?? "";
  if (text === "") return {};
  let label: RegExpExecArray | undefined;
  for (const match of text.matchAll(CREDIT_LABEL)) label = match;
  if (label) {
    const name = creditName(text.slice(label.index + label[0].length));
    if (name) return parts(text.slice(0, label.index), name);
  }
  const copyright = text.lastIndexOf("©");
  if (copyright !== -1) {
    const name = creditName(text.slice(copyright + 1));
    if (name) return parts(text.slice(0, copyright), `© ${name}`);
  }
  return { caption: text };
}
