import { diffWords } from "diff";
import { countWords, toPlainText } from "../rich-text/plain-text";

/**
 * The comparison of two revisions of an article, as staff read it: the title, the chapô, the
 * category, the tags and the body as plain text, word by word. Pure: the page renders the parts,
 * the tests check them.
 */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export type TextComparison = {
  changed: boolean;
  parts: DiffPart[];
  /** words added and removed, for the summary read before the details */
  addedWords: number;
  removedWords: number;
  /** the texts were too far apart to compare word by word in time: shown as replaced whole */
  replacedWhole: boolean;
};

export type ListComparison = { changed: boolean; added: string[]; removed: string[]; kept: string[] };

export type RevisionComparison = {
  changed: boolean;
  title: TextComparison;
  excerpt: TextComparison;
  category: TextComparison;
  tags: ListComparison;
  body: TextComparison;
};

export type RevisionSide = { title: string; excerpt: string; categoryName: string; tagNames: string[]; body: unknown };

/**
 * Two whole articles that share almost nothing make the word diff quadratic; past this budget they
 * are shown as "everything removed, everything added", which is what they are anyway.
 */
const DIFF_TIMEOUT_MS = 1_000;

export type DiffLimits = { timeout?: number; maxEditLength?: number };

function summarize(parts: DiffPart[], replacedWhole: boolean): TextComparison {
  const count = (kind: DiffPart["kind"]) => parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + countWords(part.text), 0);
  return {
    changed: parts.some((part) => part.kind !== "same"),
    parts,
    addedWords: count("added"),
    removedWords: count("removed"),
    replacedWhole,
  };
}

/** A field replaced as a whole (a category): either the same, or the old one removed and the new one added. */
export function diffValue(before: string, after: string): TextComparison {
  if (before === after) return summarize(before === "" ? [] : [{ kind: "same", text: before }], false);
  const parts: DiffPart[] = [];
  if (before !== "") parts.push({ kind: "removed", text: before });
  if (after !== "") parts.push({ kind: "added", text: after });
  return summarize(parts, false);
}

/** Word by word, the whitespace kept (paragraph breaks included) so that the text reads as written. */
export function diffText(before: string, after: string, limits: DiffLimits = {}): TextComparison {
  if (before === after) return summarize(before === "" ? [] : [{ kind: "same", text: before }], false);
  if (before === "" || after === "") return diffValue(before, after);
  const options = limits.maxEditLength !== undefined ? { maxEditLength: limits.maxEditLength } : { timeout: limits.timeout ?? DIFF_TIMEOUT_MS };
  const changes = diffWords(before, after, options);
  if (!changes) return { ...diffValue(before, after), replacedWhole: true };
  const parts: DiffPart[] = [];
  for (const change of changes) {
    if (change.value === "") continue;
    const kind: DiffPart["kind"] = change.added ? "added" : change.removed ? "removed" : "same";
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return summarize(parts, false);
}

/** Tags are a set: what was added, removed and kept, each list in alphabetical order. */
export function diffList(before: string[], after: string[]): ListComparison {
  const sort = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, "fr"));
  const old = new Set(before);
  const next = new Set(after);
  const added = sort(after.filter((value) => !old.has(value)));
  const removed = sort(before.filter((value) => !next.has(value)));
  return { changed: added.length > 0 || removed.length > 0, added, removed, kept: sort(after.filter((value) => old.has(value))) };
}

/** From revision `a` to revision `b`: what `b` added is "added", what it dropped "removed". */
export function compareRevisions(a: RevisionSide, b: RevisionSide, limits: DiffLimits = {}): RevisionComparison {
  const comparison = {
    title: diffText(a.title, b.title, limits),
    excerpt: diffText(a.excerpt, b.excerpt, limits),
    category: diffValue(a.categoryName, b.categoryName),
    tags: diffList(a.tagNames, b.tagNames),
    body: diffText(toPlainText(a.body), toPlainText(b.body), limits),
  };
  return { ...comparison, changed: Object.values(comparison).some((field) => field.changed) };
}
