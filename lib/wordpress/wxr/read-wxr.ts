import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import { WxrError, explainXmlError } from "./errors";
import { HTML_ENTITIES } from "./html-entities";
import type { WxrEvent } from "./types";
import { WXR_NAMESPACES, WxrAssembler } from "./wxr-assembler";
import { XmlCharFilter } from "./xml-char-filter";

/**
 * The parser is fed this many characters at a time, and fed again only once the consumer has taken
 * every event the previous slice produced. Items are a few hundred bytes at the least, so at most a
 * handful are ever parsed ahead of the consumer, whatever the size of the chunks the input yields.
 */
export const WXR_PARSE_SLICE = 4096;

/**
 * What the reader has done so far: a test passes one in to check that it does not run ahead; the
 * importer can report `invalidCharactersRemoved`. The reader only writes to it.
 */
export type WxrReadCounters = {
  /** Items parsed and queued. */
  itemsParsed: number;
  /** Items handed to the consumer. */
  itemsYielded: number;
  /** The most items ever parsed but not yet handed over. */
  maxItemsAhead: number;
  /** Input chunks pulled from the source. */
  chunksRead: number;
  /** Control characters (and references to them) dropped because XML 1.0 forbids them. */
  invalidCharactersRemoved: number;
};

export type ReadWxrOptions = { signal?: AbortSignal; counters?: WxrReadCounters };

export type WxrInput = NodeJS.ReadableStream | AsyncIterable<Buffer | Uint8Array | string>;

export function newWxrReadCounters(): WxrReadCounters {
  return { itemsParsed: 0, itemsYielded: 0, maxItemsAhead: 0, chunksRead: 0, invalidCharactersRemoved: 0 };
}

/**
 * The header (site, then authors and terms) then every item, one at a time, in file order, without
 * holding the file in memory. Input is pulled only when the events already parsed have been
 * consumed, so a stream stays paused (its own buffer full) while the consumer works, and memory
 * stays flat for an export of any size. Breaking out of the loop closes the input.
 *
 * Throws `WxrError` (French message, line and column) for a file that is not XML, not RSS, not a
 * WordPress export, or that stops before its end: a truncated file never ends silently, and an item
 * is yielded only once its closing tag has been read. On abort, throws the signal's reason.
 */
export async function* readWxr(input: WxrInput, options: ReadWxrOptions = {}): AsyncGenerator<WxrEvent, void, undefined> {
  const { signal } = options;
  const counters = options.counters ?? newWxrReadCounters();
  signal?.throwIfAborted();

  const queue: WxrEvent[] = [];
  // A prefix the file uses without declaring it would make the strict parser stop: WordPress's own get
  // their usual meaning, a plugin's an unknown namespace, whose elements are then ignored.
  const parser = new SaxesParser({
    xmlns: true,
    resolvePrefix: (prefix: string) => (prefix === "" ? undefined : (WXR_NAMESPACES[prefix] ?? `urn:x-undeclared:${prefix}`)),
  });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const assembler = new WxrAssembler(
    (event) => {
      queue.push(event);
      if (event.kind === "item") {
        counters.itemsParsed++;
        counters.maxItemsAhead = Math.max(counters.maxItemsAhead, counters.itemsParsed - counters.itemsYielded);
      }
    },
    () => ({ line: parser.line, column: parser.column }),
  );
  let sawRoot = false;
  parser.on("opentag", (tag) => {
    sawRoot = true;
    assembler.onOpenTag(tag);
  });
  parser.on("text", (text) => assembler.onText(text));
  parser.on("cdata", (text) => assembler.onText(text));
  parser.on("closetag", () => assembler.onCloseTag());
  parser.on("error", (error) => {
    // An HTML entity outside the table is left as written ("&hearts;"), as saxes does once told to
    // carry on: one unusual character is no reason to refuse an export. Anything else stops.
    if (/undefined entity\.$/.test(error.message)) return;
    throw error;
  });

  const filter = new XmlCharFilter();
  const decoder = new TextDecoder("utf-8");
  /** Parses a piece; a failure is returned rather than thrown, so that the items completed before it are still handed over first. */
  const parse = (text: string, atEnd: boolean): WxrError | null => {
    try {
      if (atEnd) parser.write(text).close();
      else parser.write(text);
      return null;
    } catch (error) {
      if (error instanceof WxrError) return error;
      const explained = explainXmlError(error instanceof Error ? error.message : String(error), { sawRoot, atEnd });
      return new WxrError(explained.kind, explained.reason, { line: parser.line, column: parser.column }, { cause: error });
    } finally {
      counters.invalidCharactersRemoved = filter.removed;
    }
  };

  const source = chunksOf(input)[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await untilAborted(source.next(), signal);
      if (next.done) break;
      counters.chunksRead++;
      // WordPress's exports are UTF-8 whatever the XML declaration says (wxr_cdata converts anything
      // else), so bytes are decoded as UTF-8; a bad sequence becomes U+FFFD instead of an error.
      const text = filter.push(typeof next.value === "string" ? next.value : decoder.decode(next.value, { stream: true }));
      for (let start = 0; start < text.length; start += WXR_PARSE_SLICE) {
        const failure = parse(text.slice(start, start + WXR_PARSE_SLICE), false);
        yield* drain(queue, counters, signal);
        if (failure) throw failure;
      }
    }
    finished = true;
    const failure = parse(filter.push(decoder.decode()) + filter.flush(), true);
    yield* drain(queue, counters, signal);
    if (failure) throw failure;
  } finally {
    // Closes a file stream when the consumer stops early or an error is thrown. Not awaited after an
    // abort, when the source may still be stuck in a read that would never let it return.
    if (!finished) {
      const closing = source.return?.();
      if (signal?.aborted) closing?.catch(() => {});
      else await closing?.catch(() => {});
    }
  }
}

/** `readWxr` on a file, read as a stream. */
export async function* readWxrFile(path: string, options: ReadWxrOptions = {}): AsyncGenerator<WxrEvent, void, undefined> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    yield* readWxr(stream, options);
  } finally {
    stream.destroy();
  }
}

function* drain(queue: WxrEvent[], counters: WxrReadCounters, signal: AbortSignal | undefined): Generator<WxrEvent> {
  for (let event = queue.shift(); event; event = queue.shift()) {
    signal?.throwIfAborted();
    if (event.kind === "item") counters.itemsYielded++;
    yield event;
  }
}

function chunksOf(input: WxrInput): AsyncIterable<Buffer | Uint8Array | string> {
  if (Symbol.asyncIterator in input) return input as AsyncIterable<Buffer | Uint8Array | string>;
  // An old-style stream (only "data" events): wrapped, so that it is paused and resumed like the others.
  return new Readable().wrap(input as NodeJS.ReadableStream);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
