import { describe, expect, it } from "vitest";
import { followsTitle, localCopyKey, localCopyStore, parseLocalCopy, sameContent, serializeLocalCopy, shouldOfferLocalCopy, type EditorFields, type LocalCopy } from "./local-copy";

const body = (...texts: string[]) => ({ type: "doc" as const, content: texts.map((text) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] })) });

const server: EditorFields = {
  title: "Continuum de sécurité",
  excerpt: "Réunis à l’ENSP hier.",
  body: body("« Très riche. »"),
  slug: "continuum-de-securite",
  slugAuto: true,
  categoryId: "cat1",
  heroImageId: null,
  tagIds: ["t1", "t2"],
};

const copy = (content: Partial<EditorFields> = {}, articleId: string | null = "a1"): LocalCopy => ({
  format: 1,
  articleId,
  baseVersion: 3,
  writtenAt: "2026-11-30T13:32:00.000Z",
  content: { ...server, ...content },
});

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
}

describe("the local copy", () => {
  it("is keyed by the article (a new one has its own key)", () => {
    expect(localCopyKey("a1")).toBe("kiosque:article:a1");
    expect(localCopyKey(null)).toBe("kiosque:article:nouveau");
  });

  it("reads back what it wrote, body through the allow-list", () => {
    const written = copy({ body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "strike" }] }] }, { type: "script" }] } as never });
    const read = parseLocalCopy(serializeLocalCopy(written));
    expect(read?.content.body).toEqual(body("x"));
    expect(read?.baseVersion).toBe(3);
  });

  it("ignores anything malformed instead of trusting it", () => {
    for (const raw of [null, "", "{", "null", "[]", '{"format":2}', JSON.stringify({ ...copy(), content: { ...server, title: 3 } }), JSON.stringify({ ...copy(), writtenAt: "hier" }), JSON.stringify({ ...copy(), content: { ...server, tagIds: [1] } })]) {
      expect(parseLocalCopy(raw)).toBeNull();
    }
  });

  it("is the same content as the server's when only what saving normalizes differs", () => {
    expect(sameContent(server, { ...server })).toBe(true);
    expect(sameContent(server, { ...server, title: "  Continuum   de sécurité ", tagIds: ["t2", "t1", "t1"] })).toBe(true);
    // an empty paragraph is never stored
    expect(sameContent(server, { ...server, body: { type: "doc", content: [...body("« Très riche. »").content, { type: "paragraph", content: [] } as never] } })).toBe(true);
    // an address following the title is made from it
    expect(sameContent(server, { ...server, slug: "autre-chose" })).toBe(true);
  });

  it("differs on any word, field or hand-typed address", () => {
    expect(sameContent(server, { ...server, body: body("« Très riche ! »") })).toBe(false);
    expect(sameContent(server, { ...server, excerpt: "Autre chapô." })).toBe(false);
    expect(sameContent(server, { ...server, categoryId: "cat2" })).toBe(false);
    expect(sameContent(server, { ...server, heroImageId: "m1" })).toBe(false);
    expect(sameContent(server, { ...server, tagIds: ["t1"] })).toBe(false);
    expect(sameContent(server, { ...server, slug: "mon-adresse", slugAuto: false })).toBe(false);
  });

  it("is offered back only when it belongs to this article and says something the server does not have", () => {
    expect(shouldOfferLocalCopy(null, "a1", server)).toBe(false);
    expect(shouldOfferLocalCopy(copy(), "a1", server)).toBe(false);
    expect(shouldOfferLocalCopy(copy({ body: body("Texte tapé hors ligne") }), "a1", server)).toBe(true);
    expect(shouldOfferLocalCopy(copy({ body: body("Texte tapé hors ligne") }, "a2"), "a1", server)).toBe(false);
  });

  it("survives a storage that is full or forbidden", () => {
    const storage = new MemoryStorage();
    expect(localCopyStore.write(storage, copy())).toBe(true);
    expect(localCopyStore.read(storage, "a1")?.content.title).toBe("Continuum de sécurité");
    storage.failWrites = true;
    expect(localCopyStore.write(storage, copy({ title: "Autre" }))).toBe(false);
    expect(localCopyStore.read(storage, "a1")?.content.title).toBe("Continuum de sécurité");
    localCopyStore.remove(storage, "a1");
    expect(localCopyStore.read(storage, "a1")).toBeNull();
    expect(localCopyStore.read(null, "a1")).toBeNull();
  });
});

describe("an address that follows the title", () => {
  it("is the title's, maybe numbered or with a random end, or a new draft's placeholder", () => {
    expect(followsTitle("continuum-de-securite", "Continuum de sécurité", false)).toBe(true);
    expect(followsTitle("continuum-de-securite-2", "Continuum de sécurité", false)).toBe(true);
    expect(followsTitle("continuum-de-securite-4f2a", "Continuum de sécurité", false)).toBe(true);
    expect(followsTitle("brouillon-0a1b2c3d", "", false)).toBe(true);
    expect(followsTitle("brouillon-0a1b2c3d", "Un titre", false)).toBe(true);
  });

  it("is not one typed by hand, nor any address once the article has been public", () => {
    expect(followsTitle("mon-adresse", "Continuum de sécurité", false)).toBe(false);
    expect(followsTitle("continuum-de-securite", "Continuum de sécurité", true)).toBe(false);
  });
});
