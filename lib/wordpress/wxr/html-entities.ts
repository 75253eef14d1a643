/**
 * Named HTML entities that older WordPress versions and hand-edited exports leave outside CDATA
 * (`<title>Caf&eacute; des parents</title>`). XML knows only five named entities, so a strict parser
 * would refuse the whole file over one `&eacute;`; these are the ones French text actually uses.
 * Any other unknown name is kept as written (see read-wxr.ts), which is harmless in HTML content.
 */

/** HTML 4's Latin-1 names, U+00A0 to U+00FF in code point order. */
const LATIN_1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

const TYPOGRAPHY: Record<string, number> = {
  OElig: 0x152, oelig: 0x153, Yuml: 0x178, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, bull: 0x2022, hellip: 0x2026, prime: 0x2032, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, thinsp: 0x2009,
  ensp: 0x2002, emsp: 0x2003, zwnj: 0x200c, zwj: 0x200d,
};

export const HTML_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(LATIN_1.split(" ").map((name, index) => [name, String.fromCodePoint(0xa0 + index)])),
  ...Object.fromEntries(Object.entries(TYPOGRAPHY).map(([name, code]) => [name, String.fromCodePoint(code)])),
});
