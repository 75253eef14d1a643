import { autop } from "./autop";
import { isGutenberg, removeUnsupportedBlocks } from "./gutenberg";
import { MAX_INPUT_CHARS } from "./limits";
import { problems, type ProblemLog } from "./problems";
import { expandShortcodes, type ShortcodeExpansion } from "./shortcodes";

function cut(html: string, length: number): string {
  const head = html.slice(0, length);
  // Never leave half of a surrogate pair at the cut.
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * The text passes WordPress runs before a body is shown, in an order that lets each see the
 * blocks the previous one made: unsupported Gutenberg blocks out, shortcodes expanded, then
 * paragraphs made from blank lines for the classic editor only (Gutenberg stores its <p>).
 */
export function prepareBody(html: string, log: ProblemLog): ShortcodeExpansion {
  let body = html;
  if (body.length > MAX_INPUT_CHARS) {
    body = cut(body, MAX_INPUT_CHARS);
    log.add(problems.inputTooLarge());
  }
  const gutenberg = isGutenberg(body);
  if (gutenberg) body = removeUnsupportedBlocks(body, log);
  const expansion = expandShortcodes(body, log);
  return gutenberg ? expansion : { ...expansion, html: autop(expansion.html) };
}
