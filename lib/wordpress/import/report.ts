/**
 * What an import did, or would do (a dry run): counts, what was left out and why, and every problem
 * found, each with the post it concerns. Stored as JSON with the run (WordPressImport.report) and
 * printed in French by the command line; the back office shows the same.
 */
export type Tally = { created: number; updated: number; unchanged: number };

export type ReportEntry = { wordpressId: number; title: string; message: string };

export type ImportReport = {
  dryRun: boolean;
  site: { title: string; link: string };
  posts: Tally & { skipped: number; total: number };
  authors: { created: number; matched: number };
  categories: { created: number; matched: number };
  tags: { created: number; matched: number };
  media: { created: number; reused: number; missing: number };
  /** old addresses that now answer a redirect */
  redirects: number;
  /** posts left out, with the reason */
  skipped: ReportEntry[];
  /** what could not be kept as it was, post by post (at most MAX_PROBLEMS listed) */
  problems: ReportEntry[];
  /** problems beyond those listed */
  moreProblems: number;
  /** notes about the whole export (pages and menus left out, flattened categories…) */
  notes: string[];
  durationMs: number;
  peakRssBytes: number;
};

export const MAX_PROBLEMS = 2_000;

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    site: { title: "", link: "" },
    posts: { created: 0, updated: 0, unchanged: 0, skipped: 0, total: 0 },
    authors: { created: 0, matched: 0 },
    categories: { created: 0, matched: 0 },
    tags: { created: 0, matched: 0 },
    media: { created: 0, reused: 0, missing: 0 },
    redirects: 0,
    skipped: [],
    problems: [],
    moreProblems: 0,
    notes: [],
    durationMs: 0,
    peakRssBytes: 0,
  };
}

export function addProblem(report: ImportReport, entry: ReportEntry): void {
  if (report.problems.length < MAX_PROBLEMS) report.problems.push(entry);
  else report.moreProblems++;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("fr-FR")} ${count > 1 ? many : one}`;

/** The report as the command line prints it. */
export function formatReport(report: ImportReport): string {
  const lines = [
    report.dryRun
      ? `Essai à blanc : rien n’a été écrit ; voici ce que l’import ferait de l’export de « ${report.site.title} » (${report.site.link}).`
      : `Import terminé : export de « ${report.site.title} » (${report.site.link}).`,
    "",
    `Articles : ${report.posts.total.toLocaleString("fr-FR")} dans l’export ; ${plural(report.posts.created, "créé", "créés")}, ${plural(report.posts.updated, "mis à jour", "mis à jour")}, ${plural(report.posts.unchanged, "inchangé", "inchangés")}, ${plural(report.posts.skipped, "laissé de côté", "laissés de côté")}.`,
    `Auteurs : ${plural(report.authors.created, "compte créé", "comptes créés")} (désactivés, sans mot de passe), ${plural(report.authors.matched, "retrouvé", "retrouvés")}.`,
    `Rubriques : ${plural(report.categories.created, "créée", "créées")}, ${plural(report.categories.matched, "retrouvée", "retrouvées")}. Mots-clés : ${plural(report.tags.created, "créé", "créés")}, ${plural(report.tags.matched, "retrouvé", "retrouvés")}.`,
    `Images : ${plural(report.media.created, "importée", "importées")}, ${plural(report.media.reused, "déjà là", "déjà là")}, ${plural(report.media.missing, "manquante", "manquantes")}.`,
    `Anciennes adresses redirigées : ${report.redirects.toLocaleString("fr-FR")}.`,
  ];
  if (report.notes.length > 0) lines.push("", "Remarques :", ...report.notes.map((note) => `- ${note}`));
  if (report.skipped.length > 0) lines.push("", "Laissés de côté :", ...report.skipped.map((entry) => `- n° ${entry.wordpressId} « ${entry.title} » : ${entry.message}`));
  if (report.problems.length > 0) {
    lines.push("", "Problèmes :", ...report.problems.map((entry) => `- n° ${entry.wordpressId} « ${entry.title} » : ${entry.message}`));
    if (report.moreProblems > 0) lines.push(`- … et ${plural(report.moreProblems, "autre", "autres")}.`);
  }
  lines.push("", `Durée : ${(report.durationMs / 1000).toFixed(1)} s ; mémoire au plus haut : ${Math.round(report.peakRssBytes / 1_048_576)} Mo.`);
  return lines.join("\n");
}
