import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveStatus } from "./autosave";
import { localCopyKey, localCopyStore, type EditorFields } from "./local-copy";
import { AUTOSAVE_DELAY_MS, EditorSession, HEARTBEAT_MS, type EditorServer } from "./session";
import type { EditorState } from "./types";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
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
    this.items.set(key, value);
  }
}

const doc = (...texts: string[]) => ({ type: "doc" as const, content: texts.map((text) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] })) });

const content: EditorFields = {
  title: "Continuum de sécurité",
  excerpt: "Réunis à l’ENSP hier.",
  body: doc("« Très riche. »"),
  slug: "continuum-de-securite",
  slugAuto: true,
  categoryId: "cat1",
  heroImageId: null,
  tagIds: [],
};

function stateOf(extra: Partial<EditorState["article"]> = {}, version = 4): EditorState {
  return {
    article: {
      id: "a1",
      status: "DRAFT",
      isPublic: false,
      hasBeenPublic: false,
      publicSlug: "continuum-de-securite",
      publishedAt: null,
      deleted: false,
      authorId: "claire",
      authorName: "Claire Auteur",
      hasWorkingCopy: false,
      changesSubmitted: false,
      ...extra,
    },
    version,
    content,
    hero: null,
    decorativeMediaIds: [],
    others: [],
  };
}

const ok = <T>(data: T) => Promise.resolve({ status: "success" as const, data });

function fakeServer(overrides: Partial<EditorServer> = {}) {
  let version = 4;
  const server: EditorServer = {
    create: vi.fn(() => ok({ id: "new1", version: 1 })),
    save: vi.fn((input: Record<string, unknown>) => {
      version = (input.version as number) + 1;
      return ok({ version, savedAt: "2026-11-30T13:32:00.000Z", slug: "continuum-de-securite", inWorkingCopy: false });
    }),
    submit: vi.fn((input) => ok({ version: input.version + 1 })),
    withdraw: vi.fn((input) => ok({ version: input.version + 1 })),
    publish: vi.fn((input) => ok({ version: input.version + 1, slug: "continuum-de-securite" })),
    schedule: vi.fn((input) => ok({ version: input.version + 1 })),
    unpublish: vi.fn((input) => ok({ version: input.version + 1 })),
    archive: vi.fn((input) => ok({ version: input.version + 1 })),
    discard: vi.fn((input) => ok({ version: input.version + 1 })),
    trash: vi.fn((input) => ok({ version: input.version + 1 })),
    restore: vi.fn((input) => ok({ version: input.version + 1 })),
    state: vi.fn(() => ok(stateOf({}, version))),
    heartbeat: vi.fn(() => ok({ others: [{ name: "Émile Éditeur", since: "2026-11-30T13:29:00.000Z" }] })),
    leave: vi.fn(() => ok(undefined)),
    mediaChoice: vi.fn(() => ok(null)),
    ...overrides,
  };
  return server;
}

let storage: MemoryStorage;
const env = () => ({
  storage,
  now: () => new Date(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback: () => void, ms: number) => setInterval(callback, ms),
  clearInterval: (handle: unknown) => clearInterval(handle as ReturnType<typeof setInterval>),
  replaceUrl: vi.fn(),
});

const author = { id: "claire", role: "AUTHOR" as const, name: "Claire Auteur" };
const editor = { id: "emile", role: "EDITOR" as const, name: "Émile Éditeur" };

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-30T13:31:00Z") });
  storage = new MemoryStorage();
});
afterEach(() => {
  vi.useRealTimers();
});

const status = (session: EditorSession) => saveStatus(session.getSnapshot().save).text;

describe("an editing session", () => {
  it("autosaves 3 seconds after typing stops, without a revision, and keeps a local copy until then", async () => {
    const server = fakeServer();
    const session = new EditorSession(author, stateOf(), server, env());
    session.setBody(doc("Premier mot"), doc("Premier mot"));
    expect(status(session)).toBe("Modifications non enregistrées");
    expect(localCopyStore.read(storage, "a1")?.content.body).toEqual(doc("Premier mot"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    session.setBody(doc("Premier mot, second"), doc("Premier mot, second"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(server.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(server.save).toHaveBeenCalledTimes(1);
    expect(server.save).toHaveBeenCalledWith(expect.objectContaining({ id: "a1", version: 4, autosave: true, body: doc("Premier mot, second"), slug: "", slugAuto: true }));
    expect(status(session)).toBe("Enregistré à 14:31");
    // Saved: the copy in the browser is spent.
    expect(storage.getItem(localCopyKey("a1"))).toBeNull();
  });

  it("what the editor changes without changing the text (an empty line) is not a change", async () => {
    const server = fakeServer();
    const session = new EditorSession(author, stateOf(), server, env());
    const withEmptyLine = { type: "doc", content: [...doc("« Très riche. »").content, { type: "paragraph" }] };
    session.setBody(doc("« Très riche. »"), withEmptyLine);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(status(session)).toBe("Aucune modification à enregistrer");
    expect(server.save).not.toHaveBeenCalled();
    expect(storage.getItem(localCopyKey("a1"))).toBeNull();
  });

  it("“Enregistrer” keeps a revision; saves never overlap, each sends what is there when it starts, on the version the last one gave", async () => {
    const server = fakeServer();
    const session = new EditorSession(author, stateOf(), server, env());
    session.update({ title: "Un" });
    const first = session.save();
    session.update({ title: "Deux" });
    const second = session.save();
    await Promise.all([first, second]);
    expect(vi.mocked(server.save).mock.calls.map(([input]) => [input.title, input.version, input.autosave])).toEqual([
      ["Deux", 4, false],
      ["Deux", 5, false],
    ]);
  });

  it("offline: says so, keeps the copy in the browser, and saves when it can again", async () => {
    let online = false;
    const server = fakeServer();
    const save = server.save;
    server.save = vi.fn((input) => (online ? save(input) : Promise.reject(new TypeError("Failed to fetch"))));
    const session = new EditorSession(author, stateOf(), server, env());
    session.setBody(doc("Tapé dans le train"), doc("Tapé dans le train"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(status(session)).toBe("Hors ligne : vos modifications sont gardées dans ce navigateur");
    expect(localCopyStore.read(storage, "a1")?.content.body).toEqual(doc("Tapé dans le train"));
    online = true;
    session.autosaveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(status(session)).toBe("Enregistré à 14:31");
  });

  it("a closed tab's copy is offered back on return, and taken up or ignored", async () => {
    const first = new EditorSession(author, stateOf(), fakeServer({ save: () => new Promise(() => undefined) }), env());
    first.setBody(doc("Jamais envoyé"), doc("Jamais envoyé"));
    // The tab is closed here; the page is opened again with what the server has.
    const again = new EditorSession(author, stateOf(), fakeServer(), env());
    expect(again.getSnapshot().offer).toBeNull();
    again.checkLocalCopy();
    expect(again.getSnapshot().offer?.content.body).toEqual(doc("Jamais envoyé"));
    const setContent = vi.fn();
    again.bindBody({ setContent, focusBlock: vi.fn() });
    again.acceptOffer();
    expect(setContent).toHaveBeenCalledWith(doc("Jamais envoyé"));
    expect(again.getSnapshot().fields.body).toEqual(doc("Jamais envoyé"));
    expect(status(again)).toBe("Modifications non enregistrées");

    const ignoring = new EditorSession(author, stateOf(), fakeServer(), env());
    ignoring.checkLocalCopy();
    expect(ignoring.getSnapshot().offer).not.toBeNull();
    ignoring.dismissOffer();
    const after = new EditorSession(author, stateOf(), fakeServer(), env());
    after.checkLocalCopy();
    expect(after.getSnapshot().offer).toBeNull();
  });

  it("a copy based on an older version than the server's opens the comparison instead of overwriting", () => {
    new EditorSession(author, stateOf({}, 4), fakeServer({ save: () => new Promise(() => undefined) }), env()).setBody(doc("Ma version"), doc("Ma version"));
    const session = new EditorSession(author, stateOf({}, 7), fakeServer(), env());
    session.checkLocalCopy();
    session.acceptOffer();
    const snapshot = session.getSnapshot();
    expect(snapshot.conflict).toMatchObject({ version: 7, theirs: { body: doc("« Très riche. »") } });
    expect(snapshot.fields.body).toEqual(doc("Ma version"));
  });

  it("a version conflict shows both texts; “Garder ma version” saves mine on top, with what was typed meanwhile", async () => {
    const theirs = { ...content, body: doc("Leur version") };
    const server = fakeServer();
    const save = server.save;
    server.save = vi.fn((input) =>
      input.version === 4 ? Promise.resolve({ status: "error" as const, message: "Cet article a été enregistré entre-temps…", conflict: { version: 6, content: theirs, updatedAt: null } }) : save(input),
    );
    const session = new EditorSession(author, stateOf(), server, env());
    session.setBody(doc("Ma version"), doc("Ma version"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(session.getSnapshot().conflict?.theirs.body).toEqual(doc("Leur version"));
    // Typing goes on and autosave waits for the choice.
    session.setBody(doc("Ma version, complétée"), doc("Ma version, complétée"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(server.save).toHaveBeenCalledTimes(1);
    await session.keepMine();
    expect(server.save).toHaveBeenLastCalledWith(expect.objectContaining({ version: 6, autosave: false, body: doc("Ma version, complétée") }));
    expect(session.getSnapshot().conflict).toBeNull();
  });

  it("“Prendre la version enregistrée” replaces the text and leaves nothing to save", async () => {
    const theirs = { ...content, body: doc("Leur version") };
    const server = fakeServer({ save: vi.fn(() => Promise.resolve({ status: "error" as const, message: "…", conflict: { version: 6, content: theirs, updatedAt: "2026-11-30T13:30:00.000Z" } })) });
    const session = new EditorSession(author, stateOf(), server, env());
    const setContent = vi.fn();
    session.bindBody({ setContent, focusBlock: vi.fn() });
    session.setBody(doc("Ma version"), doc("Ma version"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    session.takeTheirs();
    expect(setContent).toHaveBeenCalledWith(doc("Leur version"));
    expect(session.getSnapshot().save.conflict).toBe(false);
    expect(status(session)).toBe("Enregistré à 14:30");
  });

  it("a new article is created at its first save, then saved; the address bar follows", async () => {
    const server = fakeServer();
    const environment = env();
    const session = new EditorSession(author, { newArticle: { categoryId: "cat1" } }, server, environment);
    session.update({ title: "Premier jet" });
    expect(localCopyStore.read(storage, null)?.content.title).toBe("Premier jet");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(server.create).toHaveBeenCalledWith({ title: "Premier jet", categoryId: "cat1" });
    expect(server.save).toHaveBeenCalledWith(expect.objectContaining({ id: "new1", version: 1 }));
    expect(environment.replaceUrl).toHaveBeenCalledWith("/admin/articles/new1");
    expect(session.getSnapshot().articleId).toBe("new1");
    expect(localCopyStore.read(storage, null)).toBeNull();
  });

  it("says who else is editing, every 30 seconds, and leaves when closed", async () => {
    const server = fakeServer();
    const session = new EditorSession(editor, stateOf(), server, env());
    const detach = session.attach();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().others).toEqual([{ name: "Émile Éditeur", since: "2026-11-30T13:29:00.000Z" }]);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 2);
    expect(server.heartbeat).toHaveBeenCalledTimes(3);
    detach();
    expect(server.leave).toHaveBeenCalledWith({ id: "a1" });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 2);
    expect(server.heartbeat).toHaveBeenCalledTimes(3);
  });

  it("publishing saves first, and with accessibility problems waits for a reason", async () => {
    const server = fakeServer();
    const session = new EditorSession(editor, stateOf(), server, env());
    const raw = { type: "doc", content: [{ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Sous-partie" }] }] };
    session.setBody(sanitizeLike(raw), raw);
    expect(await session.run("publish")).toBe(false);
    expect(session.getSnapshot().pending).toMatchObject({ action: "publish", problems: [{ code: "heading-skipped", block: 0 }] });
    expect(server.publish).not.toHaveBeenCalled();
    expect(await session.run("publish", { confirmed: true, accessibilityNote: "Intertitre voulu ainsi" })).toBe(true);
    expect(server.save).toHaveBeenCalledTimes(1);
    expect(server.publish).toHaveBeenCalledWith({ id: "a1", version: 5, accessibilityNote: "Intertitre voulu ainsi" });
    expect(session.getSnapshot().notice?.text).toMatch(/Article publié/);
  });

  it("a scheduled article's changes are applied at its time, not published at once", async () => {
    const server = fakeServer();
    const publishedAt = "2026-12-01T07:00:00.000Z";
    const session = new EditorSession(editor, stateOf({ status: "SCHEDULED", publishedAt, hasWorkingCopy: true }), server, env());
    await session.run("update");
    expect(server.schedule).toHaveBeenCalledWith({ id: "a1", version: 4, publishAt: publishedAt });
    expect(server.publish).not.toHaveBeenCalled();
  });

  it("refuses a time in the past before asking the server", async () => {
    const server = fakeServer();
    const session = new EditorSession(editor, stateOf(), server, env());
    expect(await session.run("schedule", { publishAt: "2026-11-30T13:31:03.000Z" })).toBe(false);
    expect(session.getSnapshot().notice?.text).toMatch(/date et une heure à venir/);
    expect(server.schedule).not.toHaveBeenCalled();
  });

  it("an archived article is read-only for its author: nothing is saved or kept", async () => {
    const server = fakeServer();
    const session = new EditorSession(author, stateOf({ status: "ARCHIVED" }), server, env());
    session.update({ title: "Changé" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(session.getSnapshot().editable).toBe(false);
    expect(session.getSnapshot().fields.title).toBe("Continuum de sécurité");
    expect(server.save).not.toHaveBeenCalled();
  });
});

function sanitizeLike<T>(value: T): never {
  return value as never;
}
