import { accessibilityProblems, type AccessibilityProblem } from "../articles/accessibility";
import type { PermissionSubject } from "../auth/permissions";
import { formatDateTimeFr } from "../format/time";
import type { MediaChoice } from "../media/types";
import { paths } from "../paths";
import { sanitizeDocument } from "../rich-text/sanitize";
import type { RichTextDoc } from "../rich-text/types";
import { isSlug } from "../slug";
import { initialSaveState, isDirty, retryDelay, saveReducer, shouldAutosave, type SaveEvent, type SaveState } from "./autosave";
import { canEditArticle, type EditorAction } from "./available-actions";
import { followsTitle, localCopyStore, shouldOfferLocalCopy, type EditorFields, type LocalCopy } from "./local-copy";
import { presenceSentence } from "./presence";
import type { ArticleMeta, EditorState, OtherEditor } from "./types";

/**
 * One article open in the editor, as an external store (React reads it with useSyncExternalStore):
 * its content, autosave, the copy kept in the browser, version conflicts, who else is editing, and
 * the workflow buttons. No React here and no direct call to the server: the server actions, the
 * storage and the clock are handed in, so that tests can drive it.
 */

type Result<T> =
  | { status: "success"; data: T }
  | { status: "error"; message: string; fieldErrors?: Record<string, string>; conflict?: { version: number; content: unknown; updatedAt: string | null }; problems?: AccessibilityProblem[] };

type Ref = { id: string; version: number };

export type EditorServer = {
  create(input: { title?: string; categoryId?: string }): Promise<Result<{ id: string; version: number }>>;
  save(input: Record<string, unknown>): Promise<Result<{ version: number; savedAt: string; slug: string; inWorkingCopy: boolean }>>;
  submit(input: Ref): Promise<Result<{ version: number }>>;
  withdraw(input: Ref): Promise<Result<{ version: number }>>;
  publish(input: Ref & { accessibilityNote?: string }): Promise<Result<{ version: number; slug: string }>>;
  schedule(input: Ref & { publishAt: string; accessibilityNote?: string }): Promise<Result<{ version: number }>>;
  unpublish(input: Ref): Promise<Result<{ version: number }>>;
  archive(input: Ref): Promise<Result<{ version: number }>>;
  discard(input: Ref): Promise<Result<{ version: number }>>;
  trash(input: Ref): Promise<Result<{ version: number }>>;
  restore(input: Ref): Promise<Result<{ version: number }>>;
  state(input: { id: string }): Promise<Result<EditorState>>;
  heartbeat(input: { id: string }): Promise<Result<{ others: OtherEditor[] }>>;
  leave(input: { id: string }): Promise<Result<void>>;
  mediaChoice(input: { id: string }): Promise<Result<MediaChoice | null>>;
};

export type EditorEnvironment = {
  storage: Storage | null;
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** the address bar, once a new article exists (no navigation: the editor stays as it is) */
  replaceUrl(path: string): void;
};

/** The TipTap editor, as the session drives it. */
export type BodyAdapter = {
  setContent(doc: RichTextDoc): void;
  focusBlock(index: number): void;
};

export type Notice = { tone: "success" | "error" | "info"; text: string; link?: { href: string; label: string } };

/** A publication (or submission) waiting for the person to see the accessibility problems first. */
export type PendingPublication = {
  action: "submit" | "publish" | "update" | "publishNow" | "schedule";
  problems: AccessibilityProblem[];
  publishAt?: string;
  /** the problems came from the server (it knows the media better): a reason is required */
  fromServer: boolean;
};

export type ConflictView = { version: number; theirs: EditorFields; updatedAt: string | null };

export type EditorSnapshot = {
  articleId: string | null;
  meta: ArticleMeta;
  fields: EditorFields;
  hero: MediaChoice | null;
  decorativeMediaIds: string[];
  save: SaveState;
  /** the address the server gave at the last save (a taken one gets "-2") */
  savedSlug: string;
  slugError: string | null;
  conflict: ConflictView | null;
  offer: LocalCopy | null;
  problems: AccessibilityProblem[];
  pending: PendingPublication | null;
  busy: EditorAction | null;
  notice: Notice | null;
  others: OtherEditor[];
  /** "Émile Éditeur modifie cet article depuis 3 minutes", one sentence per other person */
  presence: string[];
  editable: boolean;
};

export const AUTOSAVE_DELAY_MS = 3_000;
export const HEARTBEAT_MS = 30_000;
const CHECK_DELAY_MS = 400;
/** A scheduled time must leave a minute (lib/admin/articles/workflow.ts). */
const MIN_SCHEDULE_AHEAD_MS = 5_000;

const SUCCESS: Partial<Record<EditorAction, string>> = {
  submit: "Article soumis à la relecture : un éditeur le relira et le publiera.",
  withdraw: "Article retiré de la relecture.",
  publish: "Article publié : il est en ligne.",
  update: "Mise à jour publiée : la page publique montre la nouvelle version.",
  publishNow: "Article publié : il est en ligne.",
  unpublish: "Article dépublié : il n’est plus en ligne et redevient un brouillon.",
  archive: "Article archivé : il a quitté le site et reste dans l’administration.",
  discard: "Modifications abandonnées : l’éditeur montre de nouveau la version publiée.",
  trash: "Article mis à la corbeille : il a quitté le site. Un éditeur peut le restaurer.",
  restore: "Article restauré.",
};

type Outcome = { ok: true } | { ok: false; kind: "offline" | "conflict" | "error"; message?: string };

function emptyMeta(actor: PermissionSubject & { name: string }): ArticleMeta {
  return {
    id: "",
    status: "DRAFT",
    isPublic: false,
    hasBeenPublic: false,
    publicSlug: "",
    publishedAt: null,
    deleted: false,
    authorId: actor.id,
    authorName: actor.name,
    hasWorkingCopy: false,
    changesSubmitted: false,
  };
}

export class EditorSession {
  private snapshot: EditorSnapshot;
  private listeners = new Set<() => void>();
  private version: number;
  private rawBody: unknown;
  private body: BodyAdapter | null = null;
  private saveQueue: Promise<Outcome> = Promise.resolve({ ok: true });
  private autosaveTimer: unknown = null;
  private checkTimer: unknown = null;
  private heartbeatTimer: unknown = null;
  private retryAttempts = 0;
  /** a hand-typed address the server refused: not sent again, so that the rest still saves */
  private rejectedSlug: string | null = null;
  private attached = false;

  constructor(
    private readonly actor: PermissionSubject & { name: string },
    initial: EditorState | { newArticle: { categoryId: string } },
    private readonly server: EditorServer,
    private readonly env: EditorEnvironment,
  ) {
    const existing = "article" in initial ? initial : null;
    const fields: EditorFields = existing
      ? existing.content
      : { title: "", excerpt: "", body: { type: "doc", content: [] }, slug: "", slugAuto: true, categoryId: (initial as { newArticle: { categoryId: string } }).newArticle.categoryId, heroImageId: null, tagIds: [] };
    const meta = existing ? existing.article : emptyMeta(actor);
    this.version = existing?.version ?? 0;
    this.rawBody = fields.body;
    const articleId = existing ? existing.article.id : null;
    this.snapshot = {
      articleId,
      meta,
      fields,
      hero: existing?.hero ?? null,
      decorativeMediaIds: existing?.decorativeMediaIds ?? [],
      save: initialSaveState(),
      savedSlug: fields.slug,
      slugError: null,
      conflict: null,
      // Read from the browser's storage once the page runs there (checkLocalCopy), never while rendering on the server.
      offer: null,
      problems: [],
      pending: null,
      busy: null,
      notice: null,
      others: existing?.others ?? [],
      // Said with the browser's clock once attached: the server's render and the page's must agree.
      presence: [],
      editable: canEditArticle(actor, { authorId: existing ? meta.authorId : null, status: meta.status, deleted: meta.deleted }),
    };
    this.snapshot.problems = this.computeProblems();
  }

  // ——— the store ———

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EditorSnapshot => this.snapshot;

  private set(changes: Partial<EditorSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    for (const listener of this.listeners) listener();
  }

  private dispatch(event: SaveEvent): void {
    this.set({ save: saveReducer(this.snapshot.save, event) });
  }

  /** In the browser: offers the local copy back, starts presence; returns what stops it (leaving the editor). */
  attach(): () => void {
    this.attached = true;
    this.checkLocalCopy();
    this.setOthers(this.snapshot.others);
    this.startPresence();
    return () => {
      this.attached = false;
      this.env.clearInterval(this.heartbeatTimer);
      this.env.clearTimeout(this.autosaveTimer);
      this.env.clearTimeout(this.checkTimer);
      this.heartbeatTimer = null;
      this.leaveNow();
    };
  }

  bindBody(adapter: BodyAdapter | null): void {
    this.body = adapter;
  }

  // ——— typing ———

  update(changes: Partial<Omit<EditorFields, "body">>): void {
    if (!this.snapshot.editable) return;
    const fields = { ...this.snapshot.fields, ...changes };
    const slugError = "slug" in changes || "slugAuto" in changes ? this.slugProblem(fields) : this.snapshot.slugError;
    this.set({ fields, slugError });
    this.changed();
  }

  setBody(doc: RichTextDoc, raw: unknown): void {
    this.rawBody = raw;
    if (!this.snapshot.editable) return;
    // The editor's own bookkeeping (an empty paragraph kept after a last image, an empty line)
    // changes nothing that is saved: it must not count as a change, nor cause a save.
    if (JSON.stringify(doc) === JSON.stringify(this.snapshot.fields.body)) {
      this.scheduleCheck();
      return;
    }
    this.set({ fields: { ...this.snapshot.fields, body: doc } });
    this.changed();
  }

  setHero(choice: MediaChoice | null): void {
    if (!this.snapshot.editable) return;
    this.set({ hero: choice, fields: { ...this.snapshot.fields, heroImageId: choice?.id ?? null } });
    this.changed();
  }

  /** A decorative image inserted from the library: its empty alternative is meant. */
  addDecorative(mediaId: string): void {
    if (!this.snapshot.decorativeMediaIds.includes(mediaId)) this.set({ decorativeMediaIds: [...this.snapshot.decorativeMediaIds, mediaId] });
  }

  private slugProblem(fields: EditorFields): string | null {
    if (fields.slugAuto || fields.slug.trim() === "" || isSlug(fields.slug.trim())) return null;
    return "L’adresse ne contient que des lettres minuscules sans accent, des chiffres et des tirets simples, 200 caractères au plus.";
  }

  private changed(): void {
    this.dispatch({ type: "changed" });
    this.writeLocal();
    this.scheduleAutosave(AUTOSAVE_DELAY_MS);
    this.scheduleCheck();
  }

  /** The accessibility check runs a moment after typing stops, not at every key. */
  private scheduleCheck(): void {
    this.env.clearTimeout(this.checkTimer);
    this.checkTimer = this.env.setTimeout(() => this.set({ problems: this.computeProblems() }), CHECK_DELAY_MS);
  }

  private computeProblems(): AccessibilityProblem[] {
    const hero = this.snapshot.hero;
    return accessibilityProblems({ body: this.rawBody, heroImage: hero ? { alt: hero.alt, decorative: hero.decorative } : null }, new Set(this.snapshot.decorativeMediaIds));
  }

  /** The problems as they are now (before a submission or publication, without waiting for the pause). */
  problemsNow(): AccessibilityProblem[] {
    const problems = this.computeProblems();
    this.set({ problems });
    return problems;
  }

  focusProblem(problem: AccessibilityProblem): boolean {
    if (problem.block === null || !this.body) return false;
    this.body.focusBlock(problem.block);
    return true;
  }

  // ——— the copy kept in the browser ———

  private writeLocal(): void {
    // A copy offered back and not answered yet stays as it is until the person chooses.
    if (this.snapshot.offer) return;
    localCopyStore.write(this.env.storage, {
      format: 1,
      articleId: this.snapshot.articleId,
      baseVersion: this.snapshot.articleId ? this.version : null,
      writtenAt: this.env.now().toISOString(),
      content: this.snapshot.fields,
    });
  }

  /** A copy this browser kept of this article is offered back when it says something the server does not have. */
  checkLocalCopy(): void {
    const articleId = this.snapshot.articleId;
    const local = localCopyStore.read(this.env.storage, articleId);
    const offer = shouldOfferLocalCopy(local, articleId, this.snapshot.fields) && !isDirty(this.snapshot.save) ? local : null;
    // A copy saying what the server already has is spent.
    if (local && !offer && !isDirty(this.snapshot.save)) localCopyStore.remove(this.env.storage, articleId);
    if (offer) this.set({ offer });
  }

  /** Saves what is typed, then gives the article's id for its preview; null (and why, in the notice) if it could not. */
  async prepareForPreview(): Promise<string | null> {
    const saved = this.snapshot.editable ? await this.flush() : true;
    const id = this.snapshot.articleId;
    if (!saved || !id) {
      this.set({ notice: { tone: "error", text: `Aperçu impossible pour l’instant. ${this.unsavedReason()}` } });
      return null;
    }
    return id;
  }

  /** "Reprendre": the copy from this browser replaces what is shown; if the server moved on since, both are compared. */
  acceptOffer(): void {
    const offer = this.snapshot.offer;
    if (!offer) return;
    const server = this.snapshot.fields;
    this.set({ offer: null });
    this.replaceContent(offer.content);
    if (this.snapshot.articleId && offer.baseVersion !== null && offer.baseVersion !== this.version) {
      this.set({ conflict: { version: this.version, theirs: server, updatedAt: null } });
      this.dispatch({ type: "changed" });
      this.dispatch({ type: "conflict" });
      this.writeLocal();
      return;
    }
    this.changed();
  }

  /** "Ignorer": the copy is dropped; what the server has stays. */
  dismissOffer(): void {
    localCopyStore.remove(this.env.storage, this.snapshot.articleId);
    this.set({ offer: null });
  }

  private replaceContent(fields: EditorFields, hero?: MediaChoice | null): void {
    this.rawBody = fields.body;
    this.set({ fields, ...(hero !== undefined ? { hero } : {}), savedSlug: fields.slug, slugError: null });
    this.body?.setContent(fields.body);
    this.set({ problems: this.computeProblems() });
    if (hero === undefined && fields.heroImageId !== (this.snapshot.hero?.id ?? null)) void this.loadHero(fields.heroImageId);
  }

  private async loadHero(id: string | null): Promise<void> {
    if (!id) {
      this.set({ hero: null });
      return;
    }
    const answer = await this.server.mediaChoice({ id }).catch(() => null);
    if (answer?.status === "success") this.set({ hero: answer.data });
  }

  // ——— saving ———

  private scheduleAutosave(delay: number): void {
    this.env.clearTimeout(this.autosaveTimer);
    this.autosaveTimer = this.env.setTimeout(() => {
      this.autosaveTimer = null;
      if (shouldAutosave(this.snapshot.save)) void this.queueSave(true);
    }, delay);
  }

  /** Saves now what is not saved yet (the tab is hidden, the connection is back). */
  autosaveNow(): void {
    if (shouldAutosave(this.snapshot.save)) void this.queueSave(true);
  }

  /** The browser lost its connection: said at once, before a save tries. */
  markOffline(): void {
    this.dispatch({ type: "wentOffline" });
  }

  /** The connection is back: what waits is saved now. */
  markOnline(): void {
    this.dispatch({ type: "backOnline" });
    this.autosaveNow();
  }

  /** "Enregistrer": a save asked for, kept as a revision. */
  save(): Promise<Outcome> {
    return this.queueSave(false);
  }

  /** Everything typed reaches the server before a workflow action; false if it could not. */
  async flush(): Promise<boolean> {
    const outcome = isDirty(this.snapshot.save) || !this.snapshot.articleId ? await this.queueSave(true) : await this.saveQueue;
    return outcome.ok && !isDirty(this.snapshot.save);
  }

  hasUnsavedWork(): boolean {
    return isDirty(this.snapshot.save) || this.snapshot.save.inFlight !== null;
  }

  private queueSave(autosave: boolean): Promise<Outcome> {
    this.saveQueue = this.saveQueue.then(
      () => this.performSave(autosave),
      () => this.performSave(autosave),
    );
    return this.saveQueue;
  }

  private async performSave(autosave: boolean): Promise<Outcome> {
    const state = this.snapshot.save;
    if (!this.snapshot.editable) return { ok: false, kind: "error", message: "Vous ne pouvez pas modifier cet article." };
    if (state.conflict) return { ok: false, kind: "conflict" };
    if (autosave && !isDirty(state) && this.snapshot.articleId) return { ok: true };
    const revision = state.revision;
    const fields = this.snapshot.fields;
    this.dispatch({ type: "started", revision });
    let outcome: Outcome;
    try {
      outcome = await this.send(fields, autosave);
    } catch {
      // The action's fetch failed: no connection (or the server is down).
      outcome = { ok: false, kind: "offline" };
    }
    if (outcome.ok) {
      this.retryAttempts = 0;
      this.dispatch({ type: "succeeded", revision, at: this.env.now().toISOString() });
      if (isDirty(this.snapshot.save)) this.scheduleAutosave(AUTOSAVE_DELAY_MS);
      // Spent, unless it is a copy offered back and not answered yet.
      else if (!this.snapshot.offer) localCopyStore.remove(this.env.storage, this.snapshot.articleId);
    } else if (outcome.kind === "offline") {
      this.dispatch({ type: "offline" });
      const delay = retryDelay(this.snapshot.save, this.retryAttempts++);
      if (delay !== null) this.scheduleAutosave(delay);
    } else if (outcome.kind === "conflict") {
      this.dispatch({ type: "conflict" });
    } else {
      this.dispatch({ type: "failed", message: outcome.message ?? "l’enregistrement a été refusé." });
      // A refused address is left out of the next save: the words must still reach the server.
      if (this.rejectedSlug !== null && this.rejectedSlug === this.snapshot.fields.slug) this.scheduleAutosave(0);
    }
    return outcome;
  }

  private async send(fields: EditorFields, autosave: boolean): Promise<Outcome> {
    let id = this.snapshot.articleId;
    if (!id) {
      const created = await this.server.create({ title: fields.title.trim() || undefined, categoryId: fields.categoryId || undefined });
      if (created.status === "error") return { ok: false, kind: "error", message: created.message };
      id = created.data.id;
      this.version = created.data.version;
      // The copy of a new article moves to the article's own key.
      localCopyStore.remove(this.env.storage, null);
      this.set({ articleId: id, meta: { ...this.snapshot.meta, id } });
      this.env.replaceUrl(paths.admin.article(id));
      this.writeLocal();
      this.startPresence();
    }
    const handTyped = !fields.slugAuto && fields.slug.trim() !== "" && isSlug(fields.slug.trim()) && fields.slug !== this.rejectedSlug;
    const result = await this.server.save({
      id,
      version: this.version,
      title: fields.title,
      excerpt: fields.excerpt,
      body: fields.body,
      slug: handTyped ? fields.slug.trim() : "",
      slugAuto: fields.slugAuto,
      categoryId: fields.categoryId,
      heroImageId: fields.heroImageId,
      tagIds: fields.tagIds,
      autosave,
    });
    if (result.status === "success") {
      this.version = result.data.version;
      this.set({
        savedSlug: result.data.slug,
        slugError: handTyped || fields.slugAuto ? null : this.snapshot.slugError,
        meta: { ...this.snapshot.meta, hasWorkingCopy: this.snapshot.meta.hasWorkingCopy || result.data.inWorkingCopy },
      });
      return { ok: true };
    }
    if (result.conflict) {
      this.set({ conflict: { version: result.conflict.version, theirs: this.toFields(result.conflict.content), updatedAt: result.conflict.updatedAt } });
      return { ok: false, kind: "conflict" };
    }
    if (result.fieldErrors?.slug && handTyped) {
      this.rejectedSlug = fields.slug;
      this.set({ slugError: result.fieldErrors.slug });
    }
    return { ok: false, kind: "error", message: result.message };
  }

  private toFields(content: unknown): EditorFields {
    const value = (content ?? {}) as Partial<Record<keyof EditorFields, unknown>>;
    const text = (field: unknown) => (typeof field === "string" ? field : "");
    const slug = text(value.slug);
    const title = text(value.title);
    return {
      title,
      excerpt: text(value.excerpt),
      body: sanitizeDocument(value.body),
      slug,
      slugAuto: followsTitle(slug, title, this.snapshot.meta.hasBeenPublic),
      categoryId: text(value.categoryId),
      heroImageId: typeof value.heroImageId === "string" ? value.heroImageId : null,
      tagIds: Array.isArray(value.tagIds) ? value.tagIds.filter((id): id is string => typeof id === "string") : [],
    };
  }

  // ——— conflicts ———

  /** "Garder ma version": saved on top of the version stored meanwhile, with everything typed since. */
  keepMine(): Promise<Outcome> {
    const conflict = this.snapshot.conflict;
    if (!conflict) return Promise.resolve({ ok: true });
    this.version = conflict.version;
    this.set({ conflict: null });
    this.dispatch({ type: "keepMine" });
    return this.queueSave(false);
  }

  /** "Prendre la version enregistrée": what is stored replaces what is shown. */
  takeTheirs(): void {
    const conflict = this.snapshot.conflict;
    if (!conflict) return;
    this.version = conflict.version;
    this.set({ conflict: null });
    this.replaceContent(conflict.theirs);
    this.dispatch({ type: "replaced", at: conflict.updatedAt ?? undefined });
    localCopyStore.remove(this.env.storage, this.snapshot.articleId);
  }

  // ——— presence ———

  private startPresence(): void {
    if (!this.attached || !this.snapshot.articleId || this.heartbeatTimer !== null) return;
    this.beat();
    this.heartbeatTimer = this.env.setInterval(() => this.beat(), HEARTBEAT_MS);
  }

  /** "I am still here" (also when the page comes back from the browser's back-forward cache). */
  beat(): void {
    const id = this.snapshot.articleId;
    if (!id || !this.attached) return;
    this.server
      .heartbeat({ id })
      .then((answer) => {
        if (answer.status === "success" && this.attached) this.setOthers(answer.data.others);
      })
      .catch(() => undefined);
  }

  private setOthers(others: OtherEditor[]): void {
    this.set({ others, presence: others.map((other) => presenceSentence(other, this.env.now())) });
  }

  /** The page is going away (closed, reloaded, left): the others stop seeing the actor at once. */
  leaveNow(): void {
    const id = this.snapshot.articleId;
    if (id) void this.server.leave({ id }).catch(() => undefined);
  }

  // ——— the workflow ———

  clearNotice(): void {
    this.set({ notice: null });
  }

  cancelPending(): void {
    this.set({ pending: null });
  }

  /**
   * A workflow button. Whatever is typed is saved first; a submission or a publication with
   * accessibility problems waits until the person has seen them (`confirmed`), and a publication
   * then needs a reason, which goes to the audit log.
   */
  async run(action: EditorAction, options: { publishAt?: string; accessibilityNote?: string; confirmed?: boolean } = {}): Promise<boolean> {
    if (this.snapshot.busy) return false;
    const publication = action === "submit" || action === "publish" || action === "update" || action === "publishNow" || action === "schedule";
    if (action === "schedule" && !this.validSchedule(options.publishAt)) return false;
    if (publication && !options.confirmed) {
      const problems = this.problemsNow();
      if (problems.length > 0) {
        this.set({ pending: { action, problems, publishAt: options.publishAt, fromServer: false }, notice: null });
        return false;
      }
    }
    this.set({ busy: action, notice: null, pending: null });
    try {
      // Changes about to be abandoned or an article leaving for the trash need no save first; a
      // save under way must still end, or the action would be based on an older version.
      const keepsContent = action !== "restore" && action !== "trash" && action !== "discard";
      if (keepsContent && this.snapshot.editable) {
        if (!(await this.flush())) {
          this.set({ notice: { tone: "error", text: this.unsavedReason() } });
          return false;
        }
      } else await this.saveQueue;
      const id = this.snapshot.articleId;
      if (!id) return false;
      const result = await this.call(action, { id, version: this.version }, options);
      if (result.status === "error") {
        if (result.conflict) {
          this.set({ conflict: { version: result.conflict.version, theirs: this.toFields(result.conflict.content), updatedAt: result.conflict.updatedAt } });
          this.dispatch({ type: "changed" });
          this.dispatch({ type: "conflict" });
        } else if (result.problems && result.problems.length > 0) {
          this.set({ pending: { action: action as PendingPublication["action"], problems: result.problems, publishAt: options.publishAt, fromServer: true } });
        }
        this.set({ notice: { tone: "error", text: result.message } });
        return false;
      }
      this.version = result.data.version;
      await this.reload(action === "discard");
      this.set({ notice: this.successNotice(action, options.publishAt) });
      return true;
    } catch {
      this.set({ notice: { tone: "error", text: "Le serveur n’a pas pu être joint : rien n’a changé. Vérifiez la connexion, puis réessayez." } });
      return false;
    } finally {
      this.set({ busy: null });
    }
  }

  private unsavedReason(): string {
    const save = this.snapshot.save;
    if (save.conflict) return "Choisissez d’abord la version à garder (ci-dessous) : l’article a été enregistré ailleurs entre-temps.";
    if (save.offline) return "Hors ligne : vos modifications sont gardées dans ce navigateur. Réessayez quand la connexion sera revenue.";
    return `Vos modifications n’ont pas pu être enregistrées${save.error ? ` : ${save.error}` : "."}`;
  }

  private validSchedule(publishAt: string | undefined): boolean {
    const instant = publishAt ? Date.parse(publishAt) : Number.NaN;
    if (Number.isNaN(instant)) {
      this.set({ notice: { tone: "error", text: "Indiquez une date et une heure de publication valides." } });
      return false;
    }
    if (instant < this.env.now().getTime() + MIN_SCHEDULE_AHEAD_MS) {
      this.set({ notice: { tone: "error", text: "Choisissez une date et une heure à venir (ou publiez tout de suite)." } });
      return false;
    }
    return true;
  }

  private call(action: EditorAction, ref: Ref, options: { publishAt?: string; accessibilityNote?: string }): Promise<Result<{ version: number }>> {
    const note = options.accessibilityNote?.trim() ? { accessibilityNote: options.accessibilityNote.trim() } : {};
    const meta = this.snapshot.meta;
    switch (action) {
      case "submit":
        return this.server.submit(ref);
      case "withdraw":
        return this.server.withdraw(ref);
      case "publish":
      case "publishNow":
        return this.server.publish({ ...ref, ...note });
      case "update":
        // A scheduled article keeps its time: its changes are applied by scheduling it again then.
        if (meta.status === "SCHEDULED" && !meta.isPublic && meta.publishedAt) return this.server.schedule({ ...ref, publishAt: meta.publishedAt, ...note });
        return this.server.publish({ ...ref, ...note });
      case "schedule":
        return this.server.schedule({ ...ref, publishAt: options.publishAt ?? "", ...note });
      case "unpublish":
        return this.server.unpublish(ref);
      case "archive":
        return this.server.archive(ref);
      case "discard":
        return this.server.discard(ref);
      case "trash":
        return this.server.trash(ref);
      case "restore":
        return this.server.restore(ref);
      case "save":
      case "preview":
        throw new Error(`${action} is not a workflow action`);
    }
  }

  /** The article's state after a workflow action; its content too when the server changed it (changes abandoned). */
  private async reload(withContent: boolean): Promise<void> {
    const id = this.snapshot.articleId;
    if (!id) return;
    const answer = await this.server.state({ id }).catch(() => null);
    if (answer?.status !== "success") return;
    const state = answer.data;
    this.version = state.version;
    const editable = canEditArticle(this.actor, { authorId: state.article.authorId, status: state.article.status, deleted: state.article.deleted });
    this.set({ meta: state.article, editable });
    this.setOthers(state.others);
    if (withContent) {
      this.replaceContent(state.content, state.hero);
      this.set({ decorativeMediaIds: state.decorativeMediaIds });
      this.dispatch({ type: "replaced" });
      localCopyStore.remove(this.env.storage, id);
    }
  }

  private successNotice(action: EditorAction, publishAt?: string): Notice {
    const meta = this.snapshot.meta;
    const publicLink = meta.isPublic ? { href: paths.article(meta.publicSlug), label: "Voir la page publique" } : undefined;
    if (action === "schedule" && publishAt) {
      return { tone: "success", text: `Publication programmée le ${formatDateTimeFr(new Date(publishAt))} (heure de Paris).` };
    }
    if (action === "update" && meta.status === "SCHEDULED" && !meta.isPublic) {
      return { tone: "success", text: `Modifications appliquées : l’article sera publié le ${meta.publishedAt ? formatDateTimeFr(new Date(meta.publishedAt)) : "jour prévu"}.` };
    }
    if (action === "withdraw" && meta.hasWorkingCopy) return { tone: "success", text: "Modifications retirées de la relecture : vous pouvez continuer à les écrire." };
    return { tone: "success", text: SUCCESS[action] ?? "C’est fait.", ...(publicLink && (action === "publish" || action === "update" || action === "publishNow") ? { link: publicLink } : {}) };
  }
}
