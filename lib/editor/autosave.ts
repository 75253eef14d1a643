/**
 * The editor's saving, as a pure state machine: what the server holds compared with what is
 * typed, and the sentence shown (and announced) about it. The hook (components/admin/editor/
 * useAutosave.ts) feeds it events and runs the timers; these functions decide.
 *
 * Every change bumps `revision`; a save carries the revision it started from, so that what is
 * typed while a save is under way stays "not saved" after it succeeds.
 */
export type SaveState = {
  /** bumped by every change of the content */
  revision: number;
  /** the revision the server holds */
  savedRevision: number;
  /** the revision being saved, while a save is under way */
  inFlight: number | null;
  /** when the server last confirmed a save (ISO 8601) */
  savedAt: string | null;
  /** the last save could not reach the server */
  offline: boolean;
  /** someone saved meanwhile: saving waits until the person chooses between the two versions */
  conflict: boolean;
  /** the last save was refused for another reason, in French */
  error: string | null;
};

export type SaveEvent =
  | { type: "changed" }
  | { type: "started"; revision: number }
  | { type: "succeeded"; revision: number; at: string }
  | { type: "offline" }
  /** the browser says the connection is gone (a save under way will say how it ended) */
  | { type: "wentOffline" }
  /** the browser has a connection again (the next save will tell whether the server answers) */
  | { type: "backOnline" }
  | { type: "conflict" }
  | { type: "failed"; message: string }
  /** the content was replaced by what the server holds (the stored version taken in a conflict) */
  | { type: "replaced"; at?: string }
  /** the person keeps their version: saving resumes, on top of the stored version */
  | { type: "keepMine" };

export function initialSaveState(): SaveState {
  return { revision: 0, savedRevision: 0, inFlight: null, savedAt: null, offline: false, conflict: false, error: null };
}

export function saveReducer(state: SaveState, event: SaveEvent): SaveState {
  switch (event.type) {
    case "changed":
      return { ...state, revision: state.revision + 1 };
    case "started":
      return { ...state, inFlight: event.revision };
    case "succeeded":
      return {
        ...state,
        inFlight: null,
        savedRevision: Math.max(state.savedRevision, event.revision),
        savedAt: event.at,
        offline: false,
        error: null,
        conflict: false,
      };
    case "offline":
      return { ...state, inFlight: null, offline: true };
    case "wentOffline":
      return { ...state, offline: true };
    case "backOnline":
      return { ...state, offline: false };
    case "conflict":
      return { ...state, inFlight: null, conflict: true, offline: false };
    case "failed":
      return { ...state, inFlight: null, offline: false, error: event.message };
    case "replaced":
      return { ...state, revision: state.revision + 1, savedRevision: state.revision + 1, conflict: false, error: null, offline: false, savedAt: event.at ?? state.savedAt };
    case "keepMine":
      return { ...state, conflict: false };
  }
}

/** Changes the server does not have yet. */
export function isDirty(state: SaveState): boolean {
  return state.revision > state.savedRevision;
}

/** An autosave may start now: something to save, nothing under way, no conflict waiting for a choice. */
export function shouldAutosave(state: SaveState): boolean {
  return isDirty(state) && state.inFlight === null && !state.conflict;
}

/** How long to wait before trying again after a failure, in milliseconds (none after a refusal: the next change retries). */
export function retryDelay(state: SaveState, attempts: number): number | null {
  if (state.conflict || !isDirty(state)) return null;
  if (state.offline) return Math.min(60_000, 5_000 * 2 ** Math.min(attempts, 4));
  return null;
}

/** The time of a save as the status shows it: "14:32", on the clock of Paris. */
export function clockTime(iso: string): string {
  return new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Paris" }).format(new Date(iso));
}

export type SaveStatus = { text: string; tone: "neutral" | "success" | "warning" | "error" };

export const SAVE_TEXTS = {
  offline: "Hors ligne : vos modifications sont gardées dans ce navigateur",
  unsaved: "Modifications non enregistrées",
  saving: "Enregistrement…",
  conflict: "Non enregistré : cet article a été enregistré ailleurs entre-temps. Choisissez ci-dessous la version à garder.",
  clean: "Aucune modification à enregistrer",
} as const;

export function saveStatus(state: SaveState): SaveStatus {
  if (state.conflict) return { text: SAVE_TEXTS.conflict, tone: "error" };
  if (state.offline && isDirty(state)) return { text: SAVE_TEXTS.offline, tone: "warning" };
  if (state.inFlight !== null) return { text: SAVE_TEXTS.saving, tone: "neutral" };
  if (state.error && isDirty(state)) return { text: `Non enregistré : ${state.error}`, tone: "error" };
  if (isDirty(state)) return { text: SAVE_TEXTS.unsaved, tone: "warning" };
  if (state.savedAt) return { text: `Enregistré à ${clockTime(state.savedAt)}`, tone: "success" };
  return { text: SAVE_TEXTS.clean, tone: "neutral" };
}
