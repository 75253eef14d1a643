import { formatDateTimeFr } from "../format/time";

/**
 * Revisions in words staff read. Pure data and formatting: the revisions page, the dashboard and
 * the editor's own links share them, client components included.
 */
export type RevisionKind = "SAVE" | "SUBMIT" | "PUBLISH" | "SCHEDULE" | "UPDATE" | "RESTORE" | "UNPUBLISH" | "ARCHIVE";

export const REVISION_KIND_LABELS: Record<RevisionKind, string> = {
  SAVE: "Enregistrement",
  SUBMIT: "Soumission",
  PUBLISH: "Publication",
  SCHEDULE: "Programmation",
  UPDATE: "Mise à jour",
  RESTORE: "Restauration",
  UNPUBLISH: "Dépublication",
  ARCHIVE: "Archivage",
};

/** A kind added to the database before its label here still reads as something. */
export function revisionKindLabel(kind: string): string {
  return REVISION_KIND_LABELS[kind as RevisionKind] ?? kind;
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;

/**
 * A revision's note as staff read it. A restoration's note names the version it came from by its
 * stored instant ("Version du 2026-11-30T13:32:00.000Z"): shown in Paris time, as every date here.
 */
export function revisionNoteText(note: string): string {
  return note.replace(ISO_INSTANT, (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatDateTimeFr(date);
  });
}
