/**
 * `importWordPress`: a WordPress export (WXR) into Kiosque, in two passes over the file (survey.ts,
 * then the posts in batches of BATCH_SIZE, each batch one transaction), idempotent (articles,
 * media and accounts remember their WordPress ids; an unchanged post is left alone), with its
 * progress in PostgreSQL (WordPressImport) for every instance to show. A dry run reads, converts and
 * checks everything and writes nothing but its own report. See docs/decisions/0018-wordpress-import.md.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { recordAudit } from "../../audit/record";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { tags as cacheTags } from "../../cache-tags";
import { readWxrFile, type WxrItem } from "../wxr";
import { allocateSlugs, blogPrefix, linkRewriter, termLegacyPaths } from "./addresses";
import type { ArchiveBases } from "./archive-bases";
import { mapStatus } from "./mapping";
import { createMediaImporter } from "./media";
import { preparePost, writePosts, type ExistingArticle, type PreparedPost } from "./posts";
import { tryImportLock } from "./lock";
import { prepareReferences } from "./references";
import { emptyReport, type ImportReport } from "./report";
import { surveyExport } from "./survey";

export const BATCH_SIZE = 50;
/** A dry run whose heartbeat is older than this was interrupted (the back office says so). */
export const STALE_RUN_MS = 2 * 60_000;

export type ImportOptions = {
  file: string;
  /** the folder holding a copy of wp-content/uploads; without it every image is reported missing */
  uploadsDir: string | null;
  dryRun: boolean;
  /** the old site's time zone, for the dates of drafts (WordPress writes no UTC date for them) */
  timeZone?: string;
  /** the old site's category and tag bases (Réglages > Permaliens), when not WordPress's defaults */
  archiveBases?: ArchiveBases;
  batchSize?: number;
  /** who runs it: an admin from the back office, null from the command line */
  actor: { id: string; name: string; email: string } | null;
  ip?: string | null;
  /** a run already recorded, with its lock (the back office records it before starting it in the background) */
  run?: Run;
  onProgress?: (done: number, total: number) => void;
  /** drops the public caches of what changed: lib/revalidate.ts in the server, NOTIFY from the command line */
  invalidate: (tags: string[]) => Promise<void> | void;
};

export class ImportBusyError extends Error {
  constructor() {
    super("Un import WordPress est déjà en cours : attendez qu’il se termine.");
  }
}

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export type Run = { id: string; release(): Promise<void> };

/**
 * Records a new run. A real import takes the import lock first (lock.ts), and refuses to start
 * while another holds it; the runs left RUNNING by a process that died are then marked as
 * interrupted. A dry run writes nothing but its report, and needs no lock.
 */
export async function startRun(input: { fileName: string; fileSha256: string; dryRun: boolean; startedById: string | null; categoryBase?: string; tagBase?: string }): Promise<Run> {
  const lock = input.dryRun ? null : await tryImportLock();
  if (!input.dryRun && !lock) throw new ImportBusyError();
  try {
    if (!input.dryRun) {
      await prisma.wordPressImport.updateMany({ where: { dryRun: false, status: "RUNNING" }, data: { status: "FAILED", error: INTERRUPTED, finishedAt: new Date() } });
    }
    const run = await prisma.wordPressImport.create({ data: input, select: { id: true } });
    return { id: run.id, release: async () => lock?.release() };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

export const INTERRUPTED = "Interrompu (le processus s’est arrêté) : relancez l’import, il reprendra où il en était.";

async function existingArticles(ids: number[]): Promise<Map<number, ExistingArticle>> {
  const existing = new Map<number, ExistingArticle>();
  for (let start = 0; start < ids.length; start += 1000) {
    const rows = await prisma.article.findMany({ where: { wordpressId: { in: ids.slice(start, start + 1000) } }, select: { id: true, slug: true, wordpressId: true, wordpressHash: true, deletedAt: true } });
    for (const row of rows) existing.set(row.wordpressId!, { id: row.id, slug: row.slug, wordpressHash: row.wordpressHash, deletedAt: row.deletedAt });
  }
  return existing;
}

export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const report = emptyReport(options.dryRun);
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const sampler = setInterval(sample, 250).unref();
  const run =
    options.run ??
    (await startRun({
      fileName: path.basename(options.file).slice(0, 255),
      fileSha256: await fileSha256(options.file),
      dryRun: options.dryRun,
      startedById: options.actor?.id ?? null,
      categoryBase: options.archiveBases?.category,
      tagBase: options.archiveBases?.tag,
    }));
  const runId = run.id;
  const changed = { articles: new Set<string>(), categories: new Set<string>(), tags: new Set<string>() };
  const changedTags = () => [
    cacheTags.articles,
    cacheTags.media,
    ...[...changed.articles].map(cacheTags.article),
    ...[...changed.categories].map(cacheTags.category),
    ...[...changed.tags].map(cacheTags.tag),
  ];
  try {
    const survey = await surveyExport(options.file);
    report.site = { title: survey.site.title, link: survey.site.link };
    report.posts.total = survey.posts.length;
    for (const [type, count] of survey.otherTypes) {
      if (type === "page") report.notes.push(`${count} page(s) WordPress laissée(s) de côté : Kiosque importe les articles ; les pages fixes (contact, mentions…) existent déjà ici.`);
      else if (type !== "revision" && type !== "nav_menu_item") report.notes.push(`${count} élément(s) de type « ${type} » laissé(s) de côté.`);
    }
    await prisma.wordPressImport.update({ where: { id: runId }, data: { total: survey.posts.length, heartbeatAt: new Date() } });

    const kept = survey.posts.filter((post) => "status" in mapStatus(post.status));
    const references = await prepareReferences(survey, kept, options.dryRun, report);
    const existing = await existingArticles(kept.map((post) => post.id));
    const slugs = await allocateSlugs(kept, existing);
    const terms = termLegacyPaths(survey, options.archiveBases);
    const media = createMediaImporter(survey, { uploadsDir: options.uploadsDir, dryRun: options.dryRun, uploaderId: options.actor?.id ?? null });
    const context = { references, existing, slugs, media, link: linkRewriter(survey, kept, slugs, terms), blogPrefix: blogPrefix(survey), timeZone: options.timeZone ?? "Europe/Paris", report };
    const actor = options.actor ?? { id: null, name: "Import WordPress (ligne de commande)" };

    let done = 0;
    let batch: WxrItem[] = [];
    const flush = async () => {
      const prepared: PreparedPost[] = [];
      for (const item of batch) {
        const post = await preparePost(item, context);
        if (post) prepared.push(post);
      }
      if (options.dryRun) {
        for (const post of prepared) {
          if (post.existing) report.posts.updated++;
          else report.posts.created++;
          // At most: an address already recorded by an earlier import is not counted again.
          report.redirects += post.legacyPaths.length;
        }
      } else if (prepared.length > 0) {
        report.redirects += await prisma.$transaction((tx) => writePosts(tx, prepared, actor, report), { timeout: 120_000 });
        for (const post of prepared) {
          changed.articles.add(post.existing?.slug ?? post.slug);
          changed.categories.add(post.categorySlug);
          for (const slug of post.tagSlugs) changed.tags.add(slug);
        }
      }
      done += batch.length;
      batch = [];
      sample();
      await prisma.wordPressImport.update({ where: { id: runId }, data: { processed: done, heartbeatAt: new Date() } });
      options.onProgress?.(done, survey.posts.length);
    };
    for await (const event of readWxrFile(options.file)) {
      if (event.kind !== "item" || event.item.postType !== "post") continue;
      batch.push(event.item);
      if (batch.length >= (options.batchSize ?? BATCH_SIZE)) await flush();
    }
    await flush();
    report.media = { ...media.counts };

    if (options.dryRun) {
      for (const [slug, list] of [...terms.categories, ...terms.tags]) if (references.categoryIdBySlug.has(slug) || references.tagIdBySlug.has(slug)) report.redirects += list.length;
    } else {
      const termRows: Prisma.LegacyUrlCreateManyInput[] = [];
      for (const [slug, list] of terms.categories) {
        const categoryId = references.categoryIdBySlug.get(slug);
        if (categoryId) for (const legacy of list) termRows.push({ path: legacy, categoryId });
      }
      for (const [slug, list] of terms.tags) {
        const tagId = references.tagIdBySlug.get(slug);
        if (tagId) for (const legacy of list) termRows.push({ path: legacy, tagId });
      }
      report.redirects += (await prisma.legacyUrl.createMany({ data: termRows, skipDuplicates: true })).count;
    }

    report.durationMs = Math.round(performance.now() - started);
    report.peakRssBytes = sample();
    const summary = report as unknown as Prisma.InputJsonObject;
    if (!options.dryRun) {
      await recordAudit({
        action: "wordpress.imported",
        actor: options.actor,
        actorLabel: options.actor ? undefined : "ligne de commande",
        details: { fichier: path.basename(options.file), articles: report.posts, images: report.media, redirections: report.redirects },
        ip: options.ip ?? null,
      });
      await options.invalidate(changedTags());
    }
    await prisma.wordPressImport.update({ where: { id: runId }, data: { status: "DONE", report: summary, processed: survey.posts.length, finishedAt: new Date(), heartbeatAt: new Date() } });
    return report;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.wordPressImport.update({ where: { id: runId }, data: { status: "FAILED", error: message.slice(0, 2000), finishedAt: new Date() } }).catch(() => {});
    // The batches written before the failure are public already: their pages must show them.
    if (changed.articles.size > 0) await Promise.resolve(options.invalidate(changedTags())).catch(() => {});
    throw error;
  } finally {
    clearInterval(sampler);
    await run.release();
  }
}
