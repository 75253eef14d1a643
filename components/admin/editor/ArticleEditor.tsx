"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import {
  archiveArticleAction,
  createArticleAction,
  discardChangesAction,
  heartbeatAction,
  leaveEditorAction,
  publishArticleAction,
  restoreArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitArticleAction,
  trashArticleAction,
  unpublishArticleAction,
  withdrawArticleAction,
} from "@/app/admin/(espace)/articles/actions";
import { editorStateAction, mediaChoiceAction } from "@/app/admin/(espace)/articles/editor-actions";
import { ArticleStatusBadge } from "@/components/admin/articles/ArticleStatusBadge";
import { MediaPicker } from "@/components/admin/media/MediaPicker";
import { EXCERPT_MAX_LENGTH, EXCERPT_SHOWN_LENGTH, MAX_TAGS, TITLE_MAX_LENGTH, TITLE_SHOWN_LENGTH } from "@/lib/admin/articles/schema";
import type { AccessibilityProblem } from "@/lib/articles/accessibility";
import { isApproved } from "@/lib/articles/status";
import { can, type Role } from "@/lib/auth/permissions";
import { saveStatus } from "@/lib/editor/autosave";
import { availableActions } from "@/lib/editor/available-actions";
import { EditorSession, type EditorEnvironment, type EditorServer } from "@/lib/editor/session";
import type { EditorChoicesProps, EditorState } from "@/lib/editor/types";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { countWords, readingTimeMinutes, toPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { AccessibilityPanel } from "./AccessibilityPanel";
import { ActionBar } from "./ActionBar";
import { BodyEditor } from "./BodyEditor";
import { ConflictPanel } from "./ConflictPanel";
import styles from "./editor.module.css";
import { SlugField } from "./SlugField";
import { TagPicker } from "./TagPicker";

type Props = EditorChoicesProps & {
  /** who edits: what the buttons offer depends on it (the server checks again) */
  actor: { id: string; name: string; role: Role };
  /** the article as it is stored; null for a new article, created at its first save */
  initial: EditorState | null;
  /** the category a new article starts in */
  defaultCategoryId: string;
};

const server: EditorServer = {
  create: (input) => createArticleAction(input),
  save: (input) => saveArticleAction(input),
  submit: (input) => submitArticleAction(input),
  withdraw: (input) => withdrawArticleAction(input),
  publish: (input) => publishArticleAction(input),
  schedule: (input) => scheduleArticleAction(input),
  unpublish: (input) => unpublishArticleAction(input),
  archive: (input) => archiveArticleAction(input),
  discard: (input) => discardChangesAction(input),
  trash: (input) => trashArticleAction(input),
  restore: (input) => restoreArticleAction(input),
  state: (input) => editorStateAction(input),
  heartbeat: (input) => heartbeatAction(input),
  leave: (input) => leaveEditorAction(input),
  mediaChoice: (input) => mediaChoiceAction(input),
};

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage forbidden (some private modes): the editor works without its local copy.
    return null;
  }
}

function browserEnvironment(): EditorEnvironment {
  return {
    storage: storage(),
    now: () => new Date(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
    // Next.js keeps its router in step with the History API: the editor stays mounted as it is.
    replaceUrl: (path) => window.history.replaceState(null, "", path),
  };
}

function countSentence(label: string, length: number, shown: number): string {
  const count = `${label} : ${length} caractère${length > 1 ? "s" : ""}.`;
  return length > shown
    ? `${count} Les moteurs de recherche en affichent environ ${shown} : la fin sera coupée dans leurs résultats.`
    : `${count} Les moteurs de recherche en affichent environ ${shown}.`;
}

/**
 * The article editor: title, chapô, body, category, tags, hero image and address, saved while one
 * writes (lib/editor/session.ts), with the workflow buttons of the role and the status.
 */
export function ArticleEditor({ actor, initial, defaultCategoryId, categories, tags }: Props) {
  const [session] = useState(() => new EditorSession(actor, initial ?? { newArticle: { categoryId: defaultCategoryId } }, server, browserEnvironment()));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [initialBody] = useState<RichTextDoc>(() => session.getSnapshot().fields.body);

  useEffect(() => {
    const detach = session.attach();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") session.autosaveNow();
    };
    const onOnline = () => session.markOnline();
    const onOffline = () => session.markOffline();
    const onPageHide = () => {
      session.autosaveNow();
      session.leaveNow();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) session.beat();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.hasUnsavedWork()) return;
      session.autosaveNow();
      // The browser asks whether to leave; what is typed is in the local copy anyway.
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      window.removeEventListener("beforeunload", onBeforeUnload);
      session.autosaveNow();
      detach();
    };
  }, [session]);

  const onBodyChange = useCallback((doc: RichTextDoc, raw: unknown) => session.setBody(doc, raw), [session]);
  const onBodyReady = useCallback((adapter: Parameters<EditorSession["bindBody"]>[0]) => session.bindBody(adapter), [session]);
  const onDecorativeImage = useCallback((mediaId: string) => session.addDecorative(mediaId), [session]);

  const { fields, meta, editable, save } = snapshot;
  const isNew = snapshot.articleId === null;
  const actions = availableActions(actor, {
    isNew,
    authorId: isNew ? null : meta.authorId,
    status: meta.status,
    isPublic: meta.isPublic,
    deleted: meta.deleted,
    hasWorkingCopy: meta.hasWorkingCopy,
    changesSubmitted: meta.changesSubmitted,
    hasUnsavedChanges: save.revision > save.savedRevision,
  });
  const words = countWords(toPlainText(fields.body));
  const minutes = readingTimeMinutes(fields.body);
  const publisher = can(actor, "article.publish");

  const goToProblem = (problem: AccessibilityProblem) => {
    if (session.focusProblem(problem)) return;
    const field = document.getElementById("champ-image-principale");
    field?.scrollIntoView({ block: "center" });
    field?.querySelector<HTMLElement>("button, a[href]")?.focus();
  };

  const openPreview = async () => {
    // Opened now, while the click still allows it; pointed at the preview once everything is saved.
    const target = window.open("about:blank", "kiosque-apercu");
    const id = await session.prepareForPreview();
    if (!id) {
      target?.close();
      return;
    }
    if (target) target.location.href = paths.admin.articlePreview(id);
    else window.location.assign(paths.admin.articlePreview(id));
  };

  return (
    <>
      <h1>{isNew ? "Nouvel article" : "Modifier l’article"}</h1>
      {!isNew && (
        <p className="fr-mb-2w">
          <ArticleStatusBadge status={meta.status} isPublic={meta.isPublic} hasChanges={meta.hasWorkingCopy} changesSubmitted={meta.hasWorkingCopy && meta.changesSubmitted} />{" "}
          <span className="fr-text--sm">
            Écrit par {meta.authorName}
            {meta.isPublic && (
              <>
                {" · "}
                <a href={paths.article(meta.publicSlug)} target="_blank" rel="noopener">
                  Voir la page publique<span className="fr-sr-only"> (nouvel onglet)</span>
                </a>
              </>
            )}
            {" · "}
            <a href={paths.admin.articleRevisions(meta.id)}>Historique des versions</a>
          </span>
        </p>
      )}

      {snapshot.presence.length > 0 && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          {snapshot.presence.map((sentence) => (
            <p key={sentence}>{sentence}. Vos enregistrements et les siens se croisent : en cas de conflit, les deux versions vous seront montrées.</p>
          ))}
        </div>
      )}

      {snapshot.offer && (
        <div className="fr-alert fr-alert--warning fr-mb-2w" role="alert">
          <h2 className="fr-alert__title">Une version non enregistrée de cet article est gardée dans ce navigateur</h2>
          <p>
            Écrite le {formatDateTimeFr(new Date(snapshot.offer.writtenAt))}
            {snapshot.offer.content.title.trim() ? ` (« ${snapshot.offer.content.title.trim()} »)` : ""}, elle diffère de ce qui est enregistré. La reprendre remplace le texte affiché ;
            l’ignorer la supprime de ce navigateur.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-1w">
            <li>
              <button type="button" className="fr-btn" onClick={() => session.acceptOffer()}>
                Reprendre
              </button>
            </li>
            <li>
              <button type="button" className="fr-btn fr-btn--secondary" onClick={() => session.dismissOffer()}>
                Ignorer
              </button>
            </li>
          </ul>
        </div>
      )}

      {meta.deleted && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          <p>Cet article est dans la corbeille : il n’est plus sur le site. {can(actor, "article.delete") ? "Restaurez-le pour le modifier." : "Un éditeur peut le restaurer."}</p>
        </div>
      )}
      {!meta.deleted && !editable && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          <p>{meta.status === "ARCHIVED" ? "Cet article est archivé : seul un éditeur peut le reprendre." : "Vous pouvez lire cet article, pas le modifier."}</p>
        </div>
      )}
      {editable && isApproved(meta.status) && (
        <p className="fr-text--sm">
          {meta.isPublic ? "Cet article est en ligne" : "Cet article est programmé"} : vos modifications sont gardées à part et ne changent pas la page publique avant{" "}
          {publisher ? "« Mettre à jour »" : "qu’un éditeur les publie (« Soumettre à la relecture »)"}.
        </p>
      )}

      {snapshot.conflict && (
        <ConflictPanel
          mine={fields}
          theirs={snapshot.conflict.theirs}
          updatedAt={snapshot.conflict.updatedAt}
          busy={save.inFlight !== null}
          onKeepMine={() => void session.keepMine()}
          onTakeTheirs={() => session.takeTheirs()}
        />
      )}

      <div className={styles.layout}>
        <div>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="champ-titre">
              Titre
            </label>
            <input
              className="fr-input"
              id="champ-titre"
              value={fields.title}
              readOnly={!editable}
              maxLength={TITLE_MAX_LENGTH}
              aria-describedby="champ-titre-compte"
              onChange={(event) => session.update({ title: event.currentTarget.value })}
            />
            <p className={`fr-hint-text ${styles.count}${fields.title.length > TITLE_SHOWN_LENGTH ? ` ${styles.countOver}` : ""}`} id="champ-titre-compte">
              {countSentence("Titre", fields.title.length, TITLE_SHOWN_LENGTH)}
            </p>
          </div>

          <div className="fr-input-group">
            <label className="fr-label" htmlFor="champ-chapo">
              Chapô
            </label>
            <p className="fr-hint-text fr-mb-1w" id="champ-chapo-aide">
              Le résumé en tête de l’article, repris sous son titre dans les listes et par les moteurs de recherche.
            </p>
            <textarea
              className="fr-input"
              id="champ-chapo"
              rows={3}
              value={fields.excerpt}
              readOnly={!editable}
              maxLength={EXCERPT_MAX_LENGTH}
              aria-describedby="champ-chapo-aide champ-chapo-compte"
              onChange={(event) => session.update({ excerpt: event.currentTarget.value })}
            />
            <p className={`fr-hint-text ${styles.count}${fields.excerpt.length > EXCERPT_SHOWN_LENGTH ? ` ${styles.countOver}` : ""}`} id="champ-chapo-compte">
              {countSentence("Chapô", fields.excerpt.length, EXCERPT_SHOWN_LENGTH)}
            </p>
          </div>

          <div className="fr-input-group">
            <p className="fr-label" id="champ-corps-label">
              {"Corps de l'article"}
            </p>
            <p className="fr-hint-text fr-mb-1w" id="champ-corps-aide">
              Intertitres, listes, citations, liens et images de la médiathèque. Alt+F10 mène à la barre de mise en forme, Ctrl+K insère un lien. Ce qui est collé depuis Word,
              LibreOffice ou Google Docs garde sa structure et perd sa mise en page.
            </p>
            <BodyEditor
              initialContent={initialBody}
              editable={editable}
              labelId="champ-corps-label"
              describedById="champ-corps-aide"
              onChange={onBodyChange}
              onReady={onBodyReady}
              onDecorativeImage={onDecorativeImage}
            />
            <p className="fr-hint-text fr-mt-1w" id="temps-de-lecture">
              Temps de lecture estimé : {minutes} minute{minutes > 1 ? "s" : ""} ({words} mot{words > 1 ? "s" : ""}).
            </p>
          </div>
        </div>

        <div className={styles.side}>
          <div className={styles.sticky}>
            <ActionBar
              actions={actions}
              busy={snapshot.busy}
              saveStatus={saveStatus(save)}
              notice={snapshot.notice}
              pending={snapshot.pending}
              scheduledAt={meta.status === "SCHEDULED" && !meta.isPublic ? meta.publishedAt : null}
              onSave={() => void session.save()}
              onPreview={() => void openPreview()}
              onRun={(action, options) => session.run(action, options)}
              onCancelPending={() => session.cancelPending()}
              onGoToProblem={goToProblem}
            />
          </div>

          <div className="fr-select-group">
            <label className="fr-label" htmlFor="champ-rubrique">
              Rubrique
            </label>
            <select className="fr-select" id="champ-rubrique" value={fields.categoryId} disabled={!editable} onChange={(event) => session.update({ categoryId: event.currentTarget.value })}>
              {categories.length === 0 && <option value="">Aucune rubrique : un éditeur doit en créer une</option>}
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </div>

          <TagPicker tags={tags} value={fields.tagIds} onChange={(tagIds) => session.update({ tagIds })} readOnly={!editable} max={MAX_TAGS} />

          <div id="champ-image-principale">
            {editable ? (
              <MediaPicker label="Image principale" value={snapshot.hero} onChange={(choice) => session.setHero(choice)} mode="hero" />
            ) : (
              <p className="fr-text--sm">
                <strong>Image principale</strong> : {snapshot.hero ? snapshot.hero.alt || "image sans texte alternatif" : "aucune"}
              </p>
            )}
          </div>

          <SlugField
            title={fields.title}
            slug={fields.slug}
            slugAuto={fields.slugAuto}
            savedSlug={snapshot.savedSlug}
            hasBeenPublic={meta.hasBeenPublic}
            publicSlug={meta.publicSlug}
            mayChangePublic={publisher}
            readOnly={!editable}
            error={snapshot.slugError}
            onChange={(change) => session.update(change)}
          />

          <AccessibilityPanel problems={snapshot.problems} onGo={goToProblem} />
        </div>
      </div>
    </>
  );
}
