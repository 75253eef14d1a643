import { xmlChars } from "../xml/text";

/**
 * The `feed` package (6.0.0, through xml-js) escapes too little for hostile input:
 * - attribute values get only `"` escaped, so a `<` or `&` in a category label breaks the XML;
 * - text nodes are "desanitized" first (`&amp;` becomes `&`), so text is not kept verbatim;
 * - CDATA sections have only their first `]]>` split, so a second one ends the section early;
 * - control characters pass through, and one of them makes the document unreadable.
 * So every value we hand it is encoded here: illegal characters removed, and `& < >` (text and
 * attributes) or `]]>` (CDATA) replaced by control characters that cannot occur in the cleaned
 * input and that the package passes through untouched. decodeFeedXml then turns them into the
 * correct XML. build-feed.test.ts proves it with hostile strings parsed back by a strict parser.
 */
const AMP = "\u0001";
const LT = "\u0002";
const GT = "\u0003";
const CDATA_SPLIT = "\u0004";

/** For a value the package writes as element text or as an attribute value. */
export function forText(value: string): string {
  return xmlChars(value).replace(/&/g, AMP).replace(/</g, LT).replace(/>/g, GT);
}

/** For a value the package writes inside <![CDATA[ … ]]>. */
export function forCdata(value: string): string {
  return xmlChars(value).replaceAll("]]>", `]]${CDATA_SPLIT}`);
}

/** Turns the placeholders of the package's output into entities, and split CDATA sections. */
export function decodeFeedXml(xml: string): string {
  return xml
    .replaceAll(AMP, "&amp;")
    .replaceAll(LT, "&lt;")
    .replaceAll(GT, "&gt;")
    // `]]` + `]]>` ends the section after the first two brackets; a new one starts with `>`.
    .replaceAll(CDATA_SPLIT, "]]><![CDATA[>");
}
