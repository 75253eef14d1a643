// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EditorState } from "@/lib/editor/types";
import { ArticleEditor } from "./ArticleEditor";

const actions = vi.hoisted(() => {
  const version = (input: { version: number }) => Promise.resolve({ status: "success", data: { version: input.version + 1 } });
  return {
    createArticleAction: vi.fn(() => Promise.resolve({ status: "success", data: { id: "nouveau1aaaaaaaaaaaaaaaa", version: 1 } })),
    saveArticleAction: vi.fn((input: { version: number }) =>
      Promise.resolve({ status: "success", data: { version: input.version + 1, savedAt: new Date().toISOString(), slug: "continuum-de-securite", inWorkingCopy: false } }),
    ),
    submitArticleAction: vi.fn(version),
    withdrawArticleAction: vi.fn(version),
    publishArticleAction: vi.fn(version),
    scheduleArticleAction: vi.fn(version),
    unpublishArticleAction: vi.fn(version),
    archiveArticleAction: vi.fn(version),
    discardChangesAction: vi.fn(version),
    trashArticleAction: vi.fn(version),
    restoreArticleAction: vi.fn(version),
    heartbeatAction: vi.fn(() => Promise.resolve({ status: "success", data: { others: [] } })),
    leaveEditorAction: vi.fn(() => Promise.resolve({ status: "success", data: undefined })),
    editorStateAction: vi.fn(),
    mediaChoiceAction: vi.fn(() => Promise.resolve({ status: "success", data: null })),
    searchArticleTitlesAction: vi.fn(() => Promise.resolve({ status: "success", data: [] })),
    listMediaAction: vi.fn(() => Promise.resolve({ status: "success", data: { items: [], page: 1, pageCount: 1, total: 0, defaultCredit: "© ENSP" } })),
  };
});
vi.mock("@/app/admin/(espace)/articles/actions", () => actions);
vi.mock("@/app/admin/(espace)/articles/editor-actions", () => actions);
vi.mock("@/app/admin/(espace)/medias/actions", () => actions);

const doc = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

function stateOf(article: Partial<EditorState["article"]> = {}): EditorState {
  return {
    article: {
      id: "article1aaaaaaaaaaaaaaaa",
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
      ...article,
    },
    version: 3,
    content: {
      title: "Continuum de sécurité",
      excerpt: "Réunis à l’ENSP hier.",
      body: doc("« Très riche. »"),
      slug: "continuum-de-securite",
      slugAuto: true,
      categoryId: "cat1",
      heroImageId: null,
      tagIds: ["tag1"],
    },
    hero: null,
    decorativeMediaIds: [],
    others: [],
  };
}

const choices = {
  categories: [
    { id: "cat1", name: "Partenariats" },
    { id: "cat2", name: "Vie de l’école" },
  ],
  tags: [
    { id: "tag1", name: "Sécurité" },
    { id: "tag2", name: "Élèves" },
    { id: "tag3", name: "Œuvres" },
  ],
};

const author = { id: "claire", name: "Claire Auteur", role: "AUTHOR" as const };
const editor = { id: "emile", name: "Émile Éditeur", role: "EDITOR" as const };

async function renderEditor(props: Partial<Parameters<typeof ArticleEditor>[0]> = {}) {
  const view = render(<ArticleEditor actor={author} initial={stateOf()} defaultCategoryId="cat1" {...choices} {...props} />);
  // TipTap is created after the first render (immediatelyRender: false).
  await screen.findByRole("textbox", { name: "Corps de l'article" });
  return view;
}

const buttonNames = (container: HTMLElement) => within(container).getAllByRole("button").map((button) => button.textContent);

beforeEach(() => {
  vi.clearAllMocks();
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the article editor", () => {
  it("labels every field as the newsroom names it", async () => {
    await renderEditor();
    expect((screen.getByLabelText("Titre") as HTMLInputElement).value).toBe("Continuum de sécurité");
    expect((screen.getByLabelText("Chapô") as HTMLTextAreaElement).value).toBe("Réunis à l’ENSP hier.");
    expect((screen.getByLabelText("Rubrique") as HTMLSelectElement).value).toBe("cat1");
    expect(screen.getByRole("combobox", { name: "Mots-clés" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retirer le mot-clé Sécurité" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Image principale" })).toBeTruthy();
    expect((screen.getByLabelText("Adresse") as HTMLInputElement).value).toBe("continuum-de-securite");
    const body = screen.getByRole("textbox", { name: "Corps de l'article" });
    expect(body.getAttribute("contenteditable")).toBe("true");
    expect(body.textContent).toBe("« Très riche. »");
    expect(screen.getByText("Titre : 21 caractères. Les moteurs de recherche en affichent environ 60.")).toBeTruthy();
    expect(screen.getByText(/Temps de lecture estimé : 1 minute \(2 mots\)/)).toBeTruthy();
  });

  it("has a toolbar of named toggle buttons, one tab stop", async () => {
    await renderEditor();
    const toolbar = screen.getByRole("toolbar", { name: "Mise en forme du corps de l'article" });
    const names = buttonNames(toolbar);
    expect(names).toEqual([
      "Gras",
      "Italique",
      "Intertitre de niveau 2",
      "Intertitre de niveau 3",
      "Liste à puces",
      "Liste numérotée",
      "Citation",
      "Lien",
      "Insérer une image",
      "Annuler la dernière modification",
      "Rétablir la modification",
    ]);
    expect(within(toolbar).getByRole("button", { name: "Gras" }).getAttribute("aria-pressed")).toBe("false");
    expect(within(toolbar).getAllByRole("button").filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it("offers an author's buttons on a draft", async () => {
    await renderEditor();
    expect(buttonNames(screen.getByRole("region", { name: "Publication" }))).toEqual(["Enregistrer", "Aperçu (nouvel onglet)", "Soumettre à la relecture"]);
  });

  it("offers an editor's buttons on a published article with changes waiting", async () => {
    await renderEditor({ actor: editor, initial: stateOf({ status: "PUBLISHED", isPublic: true, hasBeenPublic: true, hasWorkingCopy: true }) });
    expect(buttonNames(screen.getByRole("region", { name: "Publication" }))).toEqual([
      "Enregistrer",
      "Aperçu (nouvel onglet)",
      "Mettre à jour",
      "Abandonner les modifications",
      "Dépublier",
      "Archiver",
      "Mettre à la corbeille",
    ]);
    // Public: the address is shown, changed by hand only.
    expect((screen.getByLabelText("Adresse") as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByRole("button", { name: "Modifier l’adresse" })).toBeTruthy();
  });

  it("says at once that changes are not saved, keeps them in the browser, saves 3 seconds later", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderEditor();
    fireEvent.change(screen.getByLabelText("Titre"), { target: { value: "Continuum de sécurité : l’entretien" } });
    expect(screen.getByText("Modifications non enregistrées")).toBeTruthy();
    expect(JSON.parse(localStorage.getItem("kiosque:article:article1aaaaaaaaaaaaaaaa")!).content.title).toBe("Continuum de sécurité : l’entretien");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3_100);
    });
    expect(actions.saveArticleAction).toHaveBeenCalledWith(expect.objectContaining({ id: "article1aaaaaaaaaaaaaaaa", version: 3, title: "Continuum de sécurité : l’entretien", autosave: true }));
    expect(screen.getByText(/^Enregistré à \d{2}:\d{2}$/)).toBeTruthy();
    expect(localStorage.getItem("kiosque:article:article1aaaaaaaaaaaaaaaa")).toBeNull();
  });

  it("“Enregistrer” saves at once, as a revision", async () => {
    await renderEditor();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    });
    expect(actions.saveArticleAction).toHaveBeenCalledWith(expect.objectContaining({ autosave: false }));
  });

  it("offers back a copy kept in this browser, and takes it up", async () => {
    localStorage.setItem(
      "kiosque:article:article1aaaaaaaaaaaaaaaa",
      JSON.stringify({ format: 1, articleId: "article1aaaaaaaaaaaaaaaa", baseVersion: 3, writtenAt: "2026-11-30T13:32:00.000Z", content: { ...stateOf().content, body: doc("Écrit hors ligne") } }),
    );
    await renderEditor();
    const offer = await screen.findByRole("alert");
    expect(offer.textContent).toMatch(/Une version non enregistrée de cet article est gardée dans ce navigateur/);
    await act(async () => {
      fireEvent.click(within(offer).getByRole("button", { name: "Reprendre" }));
    });
    expect(screen.getByRole("textbox", { name: "Corps de l'article" }).textContent).toBe("Écrit hors ligne");
    expect(screen.getByText("Modifications non enregistrées")).toBeTruthy();
  });

  it("chooses tags by typing, without accents", async () => {
    await renderEditor();
    const combobox = screen.getByRole("combobox", { name: "Mots-clés" });
    fireEvent.focus(combobox);
    fireEvent.change(combobox, { target: { value: "eleves" } });
    const options = () => within(screen.getByRole("listbox", { name: "Mots-clés proposés" })).getAllByRole("option").map((option) => option.textContent);
    expect(options()).toEqual(["Élèves"]);
    fireEvent.keyDown(combobox, { key: "Enter" });
    expect(screen.getByRole("button", { name: "Retirer le mot-clé Élèves" })).toBeTruthy();
    fireEvent.change(combobox, { target: { value: "oeuvre" } });
    expect(options()).toEqual(["Œuvres"]);
  });

  it("a new article is created at its first save", async () => {
    await renderEditor({ initial: null });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Nouvel article");
    fireEvent.change(screen.getByLabelText("Titre"), { target: { value: "Premier jet" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    });
    expect(actions.createArticleAction).toHaveBeenCalledWith({ title: "Premier jet", categoryId: "cat1" });
    expect(actions.saveArticleAction).toHaveBeenCalledWith(expect.objectContaining({ id: "nouveau1aaaaaaaaaaaaaaaa", version: 1 }));
    expect(window.location.pathname).toBe("/admin/articles/nouveau1aaaaaaaaaaaaaaaa");
  });

  it("lists the content's accessibility problems with a way to each", async () => {
    await renderEditor({ initial: { ...stateOf(), content: { ...stateOf().content, body: { type: "doc", content: [{ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Sous-partie" }] }] } } } });
    const panel = screen.getByRole("region", { name: "Accessibilité du contenu" });
    expect(panel.textContent).toMatch(/1 problème d’accessibilité/);
    expect(panel.textContent).toMatch(/Un intertitre de niveau 3 suit un niveau 1/);
    // jsdom's name computation drops the space before the visually hidden part; browsers keep it.
    expect(within(panel).getByRole("button", { name: /^Aller au passage ?\(problème 1\)$/ })).toBeTruthy();
  });
});
