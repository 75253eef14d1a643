import { RICH_TEXT_LIMITS } from "../../rich-text/sanitize";

/** Real articles weigh a few hundred kilobytes at most; anything bigger is cut before any work is done. */
export const MAX_INPUT_CHARS = 2 * 1024 * 1024;

/**
 * The walk recurses once per element, so markup nested deeper than this is read as plain text with an
 * explicit stack instead: hostile nesting cannot exhaust the call stack.
 */
export const MAX_ELEMENT_DEPTH = 200;

/**
 * The deepest level at which a paragraph still keeps its text once sanitized (`nested()` in
 * sanitize.ts refuses to walk deeper than `maxDepth`). Lists and quotes that would put text
 * deeper are flattened into their parent instead of being silently emptied by the sanitizer.
 */
export const MAX_BLOCK_DEPTH = RICH_TEXT_LIMITS.maxDepth - 1;
