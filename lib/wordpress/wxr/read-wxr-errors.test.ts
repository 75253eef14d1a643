import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildWxr, everyCaseExport, inChunks } from "@/tests/fixtures/wordpress";
import { newWxrReadCounters, readWxr, WxrError, type WxrEvent, type WxrInput, type WxrReadCounters } from ".";

/** The events read before the reader stopped, and why it stopped. */
async function readUntilFailure(input: WxrInput, counters?: WxrReadCounters): Promise<{ events: WxrEvent[]; error: unknown }> {
  const events: WxrEvent[] = [];
  try {
    for await (const event of readWxr(input, { counters })) events.push(event);
  } catch (error) {
    return { events, error };
  }
  return { events, error: null };
}

async function refusal(input: WxrInput): Promise<WxrError> {
  const { error } = await readUntilFailure(input);
  expect(error).toBeInstanceOf(WxrError);
  return error as WxrError;
}

const PREAMBLE = /^Le fichier n'est pas un export WordPress lisible \(ligne \d+, colonne \d+\) : /;

describe("readWxr refuses what is not a WordPress export, in French", () => {
  it.each([
    ["plain text", "Bonjour, voici l'export demandé."],
    ["JSON", '{"posts": []}'],
    ["an empty file", ""],
    ["a PHP warning before the XML", `PHP Warning:  Cannot modify header information in /var/www/wp-admin/includes/export.php on line 42\n${everyCaseExport()}`],
  ])("%s: not XML", async (_label, text) => {
    const error = await refusal(inChunks(text, 1024));
    expect(error.kind).toBe("not-xml");
    expect(error.message).toMatch(PREAMBLE);
  });

  it("a gzip file, as bytes: not XML", async () => {
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c, 0x4a, 0x06, 0x00]);
    const error = await refusal(Readable.from([gzip]));
    expect(error.kind).toBe("not-xml");
    expect(error.message).toMatch(/^Le fichier n'est pas un export WordPress lisible/);
  });

  it("says where the text before the XML is", async () => {
    const error = await refusal(inChunks("Ceci n'est pas du XML", 1024));
    expect(error.message).toBe(
      "Le fichier n'est pas un export WordPress lisible (ligne 1, colonne 21) : le fichier ne commence pas par du XML (un autre format, ou un message d'erreur PHP écrit avant l'export ?).",
    );
    expect([error.line, error.column]).toEqual([1, 21]);
  });

  it("an HTML page: XML, but not RSS", async () => {
    const error = await refusal(inChunks('<!DOCTYPE html>\n<html lang="fr"><head><title>Accueil</title></head><body></body></html>', 1024));
    expect(error.kind).toBe("not-rss");
    expect(error.message).toBe(
      "Le fichier n'est pas un export WordPress lisible (ligne 2, colonne 16) : la première balise est <html>, pas <rss> : ce fichier n'est pas un flux RSS, donc pas un export WordPress.",
    );
  });

  it("a PHP warning printed as HTML before the export: named as such", async () => {
    const error = await refusal(inChunks(`<br />\n<b>Warning</b>: Cannot modify header information in <b>export.php</b>\n${everyCaseExport()}`, 1024));
    expect(error.kind).toBe("not-rss");
    expect(error.message).toContain("le fichier commence par un message d'erreur PHP");
  });

  it("a blog's public RSS feed: RSS, but not a WordPress export, refused before its first item", async () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>École Exemple</title>
  <link>https://ecole.example.test</link>
  <language>fr-FR</language>
  <item><title>Kermesse</title><link>https://ecole.example.test/kermesse/</link><dc:creator>direction</dc:creator></item>
</channel>
</rss>`;
    const { events, error } = await readUntilFailure(inChunks(feed, 1024));
    expect(events).toEqual([]);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).kind).toBe("not-wordpress");
    expect((error as WxrError).message).toBe(
      "Le fichier n'est pas un export WordPress lisible (ligne 7, colonne 8) : c'est un flux RSS, mais pas un export WordPress (la balise wp:wxr_version manque). Exportez le site depuis Outils › Exporter de WordPress.",
    );
  });

  it("an RSS feed with no item and no wp:wxr_version: not a WordPress export either", async () => {
    const error = await refusal(inChunks('<rss version="2.0"><channel><title>Vide</title></channel></rss>', 1024));
    expect(error.kind).toBe("not-wordpress");
  });

  it("broken XML in the middle: malformed, with its place, after the items complete before it", async () => {
    const broken = everyCaseExport().replace("<wp:post_id>105</wp:post_id>", "<wp:post_id>105</wp:post_ID>");
    const { events, error } = await readUntilFailure(inChunks(broken, 4096));
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).kind).toBe("malformed");
    expect((error as WxrError).message).toMatch(PREAMBLE);
    expect((error as WxrError).message).toContain("une balise fermante ne correspond à aucune balise ouverte");
    expect(events.flatMap((event) => (event.kind === "item" ? [event.item.postId] : []))).toEqual([101, 102, 103, 104]);
  });

  it("text after </rss>: malformed", async () => {
    const error = await refusal(inChunks(`${everyCaseExport()}\nFatal error: Maximum execution time exceeded`, 4096));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("du texte suit la fin de l'export (</rss>)");
  });
});

describe("readWxr on a truncated export", () => {
  const full = everyCaseExport();
  const ends = [...full.matchAll(/<\/item>/g)].map((match) => match.index + "</item>".length);

  it.each([
    ["in the header", full.indexOf("<wp:category>") + 5],
    ["inside the first item's body", full.indexOf("[gallery")],
    ["in the middle of a CDATA split", full.indexOf("]]]]><![CDATA[>") + 6],
    ["right after the tenth </item>", ends[9]!],
    ["right after the last </item>", ends.at(-1)!],
    ["one character before the end", full.trimEnd().length - 1],
  ])("cut %s: throws after the complete items only, never a half item", async (_label, cut) => {
    const { events, error } = await readUntilFailure(inChunks(full.slice(0, cut), 1000));
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).kind).toBe("truncated");
    expect((error as WxrError).message).toMatch(PREAMBLE);
    expect((error as WxrError).message).toContain("le fichier s'arrête avant la fin");
    const completeItems = ends.filter((end) => end <= cut).length;
    const items = events.filter((event) => event.kind === "item");
    expect(items).toHaveLength(completeItems);
    const { events: whole } = await readUntilFailure(inChunks(full, 4096));
    expect(items).toEqual(whole.filter((event) => event.kind === "item").slice(0, completeItems));
  });

  it("names the element left open", async () => {
    const error = await refusal(inChunks(full.slice(0, full.indexOf("<wp:post_id>103")), 4096));
    expect(error.message).toMatch(/\(ligne \d+, colonne \d+\) : le fichier s'arrête avant la fin : la balise <item> n'est jamais fermée\./);
  });
});

describe("readWxr on characters XML forbids", () => {
  const dirty = buildWxr({
    items: [
      {
        postId: 1,
        title: "Sortie\u0008 au musée",
        content: "<p>Collé depuis Word\u0001\u0002 : fin\u000B de ligne\u000C et\u001F reste\u0000.</p><p>Référence&#1; et &#x1F; ôtées, &#233; gardée.</p>",
        excerpt: "Onglet\tet retour\r\ngardés",
        meta: [{ key: "_note", value: "\uFFFEvaleur\uFFFF" }],
      },
      { postId: 2, title: "Suivant" },
    ],
  });

  it.each([
    ["whole", 1_000_000],
    ["one character at a time", 1],
  ])("removes them rather than failing (%s) and counts them", async (_label, size) => {
    const counters = newWxrReadCounters();
    const { events, error } = await readUntilFailure(inChunks(dirty, size), counters);
    expect(error).toBeNull();
    const items = events.flatMap((event) => (event.kind === "item" ? [event.item] : []));
    expect(items.map((item) => item.postId)).toEqual([1, 2]);
    expect(items[0]!.title).toBe("Sortie au musée");
    expect(items[0]!.content).toBe("<p>Collé depuis Word : fin de ligne et reste.</p><p>Référence et  ôtées, &#233; gardée.</p>");
    expect(items[0]!.excerpt).toBe("Onglet\tet retour\ngardés");
    expect(items[0]!.meta).toEqual([{ key: "_note", value: "valeur" }]);
    expect(counters.invalidCharactersRemoved).toBe(11);
  });

  it("removes a lone surrogate, and keeps a pair cut between two chunks", async () => {
    const text = buildWxr({ items: [{ postId: 1, title: "Bravo 🎉 \uD800 fin" }] });
    const events: WxrEvent[] = [];
    for await (const event of readWxr(inChunks(text, 1))) events.push(event);
    expect(events.flatMap((event) => (event.kind === "item" ? [event.item.title] : []))).toEqual(["Bravo 🎉  fin"]);
  });
});

describe("readWxr stops when asked", () => {
  it("throws the signal's reason when aborted between items", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const reading = (async () => {
      for await (const event of readWxr(inChunks(everyCaseExport(), 512), { signal: controller.signal })) {
        if (event.kind !== "item") continue;
        seen.push(event.item.postId);
        if (seen.length === 2) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual([101, 102]);
  });

  it("throws when aborted while the input is silent, instead of waiting for it", async () => {
    const controller = new AbortController();
    async function* stalled(): AsyncGenerator<string> {
      yield everyCaseExport().slice(0, 200);
      await new Promise(() => {});
    }
    const reading = (async () => {
      for await (const _event of readWxr(stalled(), { signal: controller.signal })) {
        // nothing arrives: the header is not complete
      }
    })();
    setTimeout(() => controller.abort(), 10);
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
  });

  it("closes the stream when the consumer stops early", async () => {
    const stream = Readable.from(inChunks(everyCaseExport(), 256));
    for await (const event of readWxr(stream)) {
      if (event.kind === "item") break;
    }
    expect(stream.destroyed).toBe(true);
  });
});
