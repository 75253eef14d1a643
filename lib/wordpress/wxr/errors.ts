/**
 * Why a file was refused, for the person who uploaded it: in French, with the place in the file,
 * and a `kind` the importer can branch on without reading the sentence.
 */
export type WxrErrorKind =
  /** Empty, binary, JSON, an HTML page, PHP warnings before the XML… */
  | "not-xml"
  /** Well-formed XML whose root is not `<rss>`. */
  | "not-rss"
  /** An RSS feed, but without `wp:wxr_version`: a blog's public feed rather than Tools › Export. */
  | "not-wordpress"
  /** The file stops before `</rss>`: an interrupted download or a PHP timeout during the export. */
  | "truncated"
  /** Broken XML somewhere after the start. */
  | "malformed";

export type WxrPosition = { line: number; column: number };

export class WxrError extends Error {
  readonly kind: WxrErrorKind;
  readonly line: number | null;
  readonly column: number | null;

  constructor(kind: WxrErrorKind, reason: string, position?: WxrPosition, options?: { cause?: unknown }) {
    const where = position ? ` (ligne ${position.line}, colonne ${position.column})` : "";
    super(`Le fichier n'est pas un export WordPress lisible${where} : ${reason}`, options);
    this.name = "WxrError";
    this.kind = kind;
    this.line = position?.line ?? null;
    this.column = position?.column ?? null;
  }
}

/**
 * saxes reports in English, prefixed with "line:column: ". The messages people actually meet with
 * WordPress files get a French explanation; any other keeps saxes's words after a French preamble,
 * which is still more useful than hiding them.
 */
export function explainXmlError(saxesMessage: string, state: { sawRoot: boolean; atEnd: boolean }): { kind: WxrErrorKind; reason: string } {
  const message = saxesMessage.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
  if (!state.sawRoot) {
    if (message.startsWith("document must contain a root element")) return { kind: "not-xml", reason: "le fichier est vide ou ne contient aucune balise XML." };
    if (message.startsWith("text data outside of root node")) {
      return { kind: "not-xml", reason: "le fichier ne commence pas par du XML (un autre format, ou un message d'erreur PHP écrit avant l'export ?)." };
    }
    return { kind: "not-xml", reason: `ce n'est pas du XML valide (${message}).` };
  }
  if (state.atEnd) {
    const unclosed = /^unclosed tag: (.+)$/.exec(message);
    const tag = unclosed ? ` : la balise <${unclosed[1]}> n'est jamais fermée` : "";
    return { kind: "truncated", reason: `le fichier s'arrête avant la fin${tag}. L'export a sans doute été interrompu ; refaites-le et téléversez le fichier complet.` };
  }
  if (message.startsWith("text data outside of root node")) return { kind: "malformed", reason: "du texte suit la fin de l'export (</rss>)." };
  if (message.startsWith("unexpected close tag") || message.startsWith("unmatched closing tag")) {
    return { kind: "malformed", reason: "une balise fermante ne correspond à aucune balise ouverte." };
  }
  if (message.startsWith("disallowed character")) return { kind: "malformed", reason: `un caractère interdit en XML (${message}).` };
  return { kind: "malformed", reason: `le XML est mal formé (${message}).` };
}
