import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { idField } from "../fields";
import type { ImportReport } from "../../wordpress/import/report";
import { STALE_RUN_MS } from "../../wordpress/import/run";

export type ImportRunView = {
  id: string;
  fileName: string;
  dryRun: boolean;
  /** "interrupted": still marked running, but its heartbeat stopped (its process died) */
  state: "running" | "done" | "failed" | "interrupted";
  total: number;
  processed: number;
  startedAt: Date;
  finishedAt: Date | null;
  startedBy: string | null;
  error: string | null;
  report: ImportReport | null;
};

const select = {
  id: true,
  fileName: true,
  dryRun: true,
  status: true,
  total: true,
  processed: true,
  startedAt: true,
  finishedAt: true,
  heartbeatAt: true,
  error: true,
  startedBy: { select: { name: true } },
} as const;

type Row = { id: string; fileName: string; dryRun: boolean; status: string; total: number; processed: number; startedAt: Date; finishedAt: Date | null; heartbeatAt: Date; error: string | null; startedBy: { name: string } | null };

function view(row: Row, report: unknown = null): ImportRunView {
  const stale = row.status === "RUNNING" && Date.now() - row.heartbeatAt.getTime() > STALE_RUN_MS;
  const state = stale ? "interrupted" : row.status === "RUNNING" ? "running" : row.status === "DONE" ? "done" : "failed";
  return { ...row, state, startedBy: row.startedBy?.name ?? null, report: (report as ImportReport | null) ?? null };
}

export async function listImportRuns(actor: Actor | null): Promise<ImportRunView[]> {
  requirePermission(actor, "wordpress.import");
  const rows = await prisma.wordPressImport.findMany({ orderBy: { startedAt: "desc" }, take: 20, select });
  return rows.map((row) => view(row));
}

export async function getImportRun(actor: Actor | null, id: string): Promise<ImportRunView | null> {
  requirePermission(actor, "wordpress.import");
  if (!idField.safeParse(id).success) return null;
  const row = await prisma.wordPressImport.findUnique({ where: { id }, select: { ...select, report: true } });
  return row ? view(row, row.report) : null;
}
