/**
 * The WordPress import against the real database and storage: the every-case export written by
 * the tests (tests/fixtures/wordpress), an uploads folder holding one of its two images, a dry run
 * that writes nothing, the import, a second import that changes nothing, a post changed in
 * WordPress, and every old address answering its new one.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { readMediaFile } from "@/lib/storage";
import { resolveLegacyUrl } from "@/lib/wordpress/legacy-urls";
import { importWordPress, type ImportOptions } from "@/lib/wordpress/import/run";
import type { ImportReport } from "@/lib/wordpress/import/report";
import { buildWxr, everyCaseExport, everyCaseInput, EVERY_CASE } from "../fixtures/wordpress";
import { resetDatabase } from "../factories";
import { solidJpeg } from "../support/images";

let folder: string;
let exportFile: string;
let uploads: string;
const invalidated: string[][] = [];

function run(overrides: Partial<ImportOptions> = {}): Promise<ImportReport> {
  return importWordPress({ file: exportFile, uploadsDir: uploads, dryRun: false, actor: null, invalidate: (tags) => void invalidated.push(tags), ...overrides });
}

const byWordpressId = (id: number) => prisma.article.findUnique({ where: { wordpressId: id }, include: { tags: { include: { tag: true } }, category: true, author: true, heroImage: true } });

/** Every link target in a document. */
function links(doc: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const { marks, content } = node as { marks?: { type: string; attrs?: { href?: string } }[]; content?: unknown[] };
    for (const mark of marks ?? []) if (mark.type === "link" && mark.attrs?.href) found.push(mark.attrs.href);
    for (const child of content ?? []) walk(child);
  };
  walk(doc);
  return found;
}

function images(doc: unknown): { src: string; mediaId?: string; alt: string; caption?: string }[] {
  return ((doc as { content: { type: string; attrs: { src: string; mediaId?: string; alt: string; caption?: string } }[] }).content ?? []).filter((node) => node.type === "image").map((node) => node.attrs);
}

beforeAll(async () => {
  await resetDatabase();
  folder = await mkdtemp(path.join(os.tmpdir(), "kiosque-wordpress-"));
  exportFile = path.join(folder, "export.xml");
  await writeFile(exportFile, everyCaseExport());
  uploads = path.join(folder, "uploads");
  // 120's file is there; 121's (photo-disparue.jpg) is not.
  await mkdir(path.join(uploads, "2022/05"), { recursive: true });
  await writeFile(path.join(uploads, "2022/05/kermesse.jpg"), await solidJpeg(800, 533));
});

describe("importing a WordPress export", () => {
  it("reports, in a dry run, what it would do and every problem, and writes nothing but its own run", async () => {
    const before = await Promise.all([prisma.article.count(), prisma.user.count(), prisma.category.count(), prisma.tag.count(), prisma.media.count(), prisma.legacyUrl.count()]);
    const report = await run({ dryRun: true });
    const after = await Promise.all([prisma.article.count(), prisma.user.count(), prisma.category.count(), prisma.tag.count(), prisma.media.count(), prisma.legacyUrl.count()]);
    expect(after).toEqual(before);
    expect(report.dryRun).toBe(true);
    // 16 posts: 13 imported, 3 left out (private, trash, auto-draft).
    expect(report.posts).toEqual({ total: 16, created: 13, updated: 0, unchanged: 0, skipped: 3 });
    expect(report.skipped.map((entry) => entry.wordpressId).sort()).toEqual([EVERY_CASE.private, EVERY_CASE.trash, EVERY_CASE.autoDraft]);
    expect(report.authors).toEqual({ created: 3, matched: 0 });
    // 121's file is not in the folder; 114's `<img src=x>` names no file at all.
    expect(report.media).toEqual({ created: 1, reused: 0, missing: 2 });
    const problemsOf = (id: number) => report.problems.filter((entry) => entry.wordpressId === id).map((entry) => entry.message);
    expect(problemsOf(EVERY_CASE.sticky).join(" ")).toMatch(/Image à la une manquante.*photo-disparue\.jpg/);
    expect(problemsOf(EVERY_CASE.sticky).join(" ")).toMatch(/épinglé/);
    expect(problemsOf(EVERY_CASE.classic).join(" ")).toMatch(/formulaire_inscription/);
    expect(problemsOf(EVERY_CASE.classic).join(" ")).toMatch(/iframe/i);
    expect(problemsOf(EVERY_CASE.noExcerpt).join(" ")).toMatch(/premier paragraphe|chapô vide/);
    expect(report.notes.join(" ")).toMatch(/2 page\(s\)/);
    expect(report.notes.join(" ")).toMatch(/prof-arts.*adresse provisoire/);
    const runs = await prisma.wordPressImport.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ dryRun: true, status: "DONE", total: 16, processed: 16 });
  });

  it("imports posts with their status, dates, authors, terms, images and links", async () => {
    const report = await run();
    expect(report.posts).toEqual({ total: 16, created: 13, updated: 0, unchanged: 0, skipped: 3 });
    expect(await prisma.article.count()).toBe(13);

    const classic = (await byWordpressId(EVERY_CASE.classic))!;
    expect(classic).toMatchObject({ slug: "kermesse-de-l-ecole", status: "PUBLISHED", title: "Kermesse de l'école", excerpt: "Une belle journée & des stands pour tous 🎉" });
    expect(classic.publishedAt).toEqual(classic.firstPublishedAt);
    // The first category is the category, the post's tag stays a tag; the parent category is not kept.
    expect(classic.category).toMatchObject({ slug: "sorties", name: "Sorties & voyages" });
    expect(classic.tags.map((row) => row.tag.slug)).toEqual(["rentree"]);
    expect(classic.author).toMatchObject({ wordpressLogin: "direction", email: "direction@ecole.example.test", name: "La direction" });
    const author = await prisma.user.findUniqueOrThrow({ where: { id: classic.authorId }, select: { disabledAt: true, passwordHash: true, role: true } });
    expect(author.disabledAt).not.toBeNull();
    expect(author.passwordHash).toBeNull();
    expect(author.role).toBe("AUTHOR");

    const gutenberg = (await byWordpressId(EVERY_CASE.gutenberg))!;
    expect(gutenberg.publishedAt?.toISOString()).toBe("2022-05-18T15:05:00.000Z");
    expect(links(gutenberg.body)).toEqual(["/actualites/kermesse-de-l-ecole", "/actualites/kermesse-de-l-ecole"]);
    const [photo] = images(gutenberg.body);
    expect(photo).toMatchObject({ alt: "Des enfants au stand de chamboule-tout", caption: "Le stand de chamboule-tout" });
    expect(gutenberg.heroImage?.id).toBe(photo!.mediaId);
    expect(gutenberg.heroImage).toMatchObject({ wordpressId: 120, alt: "Des enfants au stand de chamboule-tout", mimeType: "image/jpeg", width: 800, height: 533 });
    expect(await readMediaFile(gutenberg.heroImage!.storageKey)).not.toBeNull();
    // One medium for one attachment, however many posts show it.
    expect(await prisma.media.count()).toBe(1);
    expect(await prisma.articleMedia.count({ where: { mediaId: photo!.mediaId! } })).toBe(2);

    expect(await byWordpressId(EVERY_CASE.future)).toMatchObject({ status: "SCHEDULED", publishedAt: new Date("2031-09-01T06:00:00.000Z"), firstPublishedAt: null });
    expect(await byWordpressId(EVERY_CASE.draft)).toMatchObject({ status: "DRAFT", slug: "projet-de-sortie-au-musee", publishedAt: null });
    expect(await byWordpressId(EVERY_CASE.pending)).toMatchObject({ status: "IN_REVIEW" });
    expect((await byWordpressId(EVERY_CASE.pending))!.author.email).toMatch(/@auteurs-wordpress\.invalid$/);
    expect(await byWordpressId(EVERY_CASE.private)).toBeNull();
    expect(await byWordpressId(EVERY_CASE.trash)).toBeNull();
    expect(await byWordpressId(EVERY_CASE.autoDraft)).toBeNull();
    expect((await byWordpressId(EVERY_CASE.sticky))!.heroImageId).toBeNull();
    expect((await byWordpressId(EVERY_CASE.noExcerpt))!.category.slug).toBe("non-classe");
    // Non-Latin slugs become ASCII here (slugify) or fall back on the post id; the text is kept.
    expect((await byWordpressId(EVERY_CASE.arabicTitle))!.title).toBe("حفل نهاية السنة الدراسية");
    expect((await byWordpressId(EVERY_CASE.chineseTitle))!.title).toBe("学校开放日");
    // A tag with no Latin letter keeps its name, with a stable slug of its own.
    const arabicTag = (await byWordpressId(EVERY_CASE.arabicTitle))!.tags[0]!.tag;
    expect(arabicTag).toMatchObject({ name: "العربية", slug: expect.stringMatching(/^mot-cle-[0-9a-f]{8}$/) });
    expect((await byWordpressId(EVERY_CASE.scriptTitle))!.title).toBe("alert(1)");
    expect(JSON.stringify((await byWordpressId(EVERY_CASE.scriptTitle))!.body)).not.toMatch(/alert\(2\)|script/i);
    expect(JSON.stringify((await byWordpressId(EVERY_CASE.attributeTitle))!.body)).not.toMatch(/onerror/);
    expect((await byWordpressId(EVERY_CASE.springDst))!.publishedAt?.toISOString()).toBe("2022-03-27T01:30:00.000Z");
    expect((await byWordpressId(EVERY_CASE.autumnDst))!.publishedAt?.toISOString()).toBe("2022-10-30T01:30:00.000Z");
    // Every article has its import as first revision.
    expect(await prisma.articleRevision.count({ where: { kind: "IMPORT" } })).toBe(13);

    expect(invalidated.at(-1)).toEqual(expect.arrayContaining(["articles", "article:kermesse-de-l-ecole", "category:sorties", "tag:rentree"]));
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "wordpress.imported" } });
    expect(audit.actorLabel).toBe("ligne de commande");
  });

  it("answers every old address with the new one", async () => {
    expect(await resolveLegacyUrl("/2022/05/17/kermesse-de-l-ecole/")).toBe("/actualites/kermesse-de-l-ecole");
    expect(await resolveLegacyUrl("/2022/05/17/Kermesse-de-l-ecole")).toBe("/actualites/kermesse-de-l-ecole");
    expect(await resolveLegacyUrl("/", "?p=101")).toBe("/actualites/kermesse-de-l-ecole");
    // WordPress answered /slug/ whatever its permalinks: so does Kiosque.
    expect(await resolveLegacyUrl("/retour-en-images/")).toBe("/actualites/retour-en-images");
    expect(await resolveLegacyUrl("/category/vie-de-l-ecole/sorties/")).toBe("/rubriques/sorties");
    expect(await resolveLegacyUrl("/", "?cat=11")).toBe("/rubriques/sorties");
    expect(await resolveLegacyUrl("/tag/rentree/")).toBe("/mots-cles/rentree");
    const arabicTag = await prisma.tag.findFirstOrThrow({ where: { name: "العربية" } });
    expect(await resolveLegacyUrl("/tag/%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9/")).toBe(`/mots-cles/${arabicTag.slug}`);
    // Feeds and later pages of the old archives, the site's own included.
    expect(await resolveLegacyUrl("/feed/")).toBe("/flux/rss.xml");
    expect(await resolveLegacyUrl("/feed/atom/")).toBe("/flux/atom.xml");
    expect(await resolveLegacyUrl("/", "?feed=rss2")).toBe("/flux/rss.xml");
    expect(await resolveLegacyUrl("/category/vie-de-l-ecole/sorties/feed/")).toBe("/rubriques/sorties/rss.xml");
    expect(await resolveLegacyUrl("/tag/rentree/page/2/")).toBe("/mots-cles/rentree?page=2");
    expect(await resolveLegacyUrl("/page/3/")).toBe("/actualites?page=3");
    expect(await resolveLegacyUrl("/2022/05/17/kermesse-de-l-ecole/feed/")).toBe("/actualites/kermesse-de-l-ecole");
    expect(await resolveLegacyUrl("/category/inconnue/feed/")).toBeNull();
    // A scheduled post was not public on the old site and is not yet here.
    expect(await resolveLegacyUrl("/", "?p=103")).toBeNull();
    // A post left out has no new address.
    expect(await resolveLegacyUrl("/", "?p=106")).toBeNull();
    // A rename here is followed: the redirect names the article, not an address.
    const classic = (await byWordpressId(EVERY_CASE.classic))!;
    await prisma.article.update({ where: { id: classic.id }, data: { slug: "la-kermesse-2022" } });
    expect(await resolveLegacyUrl("/2022/05/17/kermesse-de-l-ecole/")).toBe("/actualites/la-kermesse-2022");
    await prisma.article.update({ where: { id: classic.id }, data: { slug: "kermesse-de-l-ecole" } });
  });

  it("changes nothing when run again, and updates only what changed in WordPress", async () => {
    const counts = async () => Promise.all([prisma.article.count(), prisma.user.count(), prisma.category.count(), prisma.tag.count(), prisma.media.count(), prisma.legacyUrl.count(), prisma.articleRevision.count()]);
    const before = await counts();
    const again = await run();
    expect(again.posts).toEqual({ total: 16, created: 0, updated: 0, unchanged: 13, skipped: 3 });
    expect(again.authors).toEqual({ created: 0, matched: 3 });
    expect(await counts()).toEqual(before);

    // The newsroom edits an article here; WordPress changes another one.
    const kept = (await byWordpressId(EVERY_CASE.noExcerpt))!;
    await prisma.article.update({ where: { id: kept.id }, data: { title: "Menu de la semaine (corrigé ici)" } });
    const input = everyCaseInput();
    const changedItem = input.items.find((item) => item.postId === EVERY_CASE.chineseTitle)!;
    changedItem.content = "<p>欢迎家长参观学校。</p><p>新的段落。</p>";
    await writeFile(exportFile, buildWxr(input));
    const third = await run();
    expect(third.posts).toEqual({ total: 16, created: 0, updated: 1, unchanged: 12, skipped: 3 });
    expect(JSON.stringify((await byWordpressId(EVERY_CASE.chineseTitle))!.body)).toContain("新的段落。");
    expect((await byWordpressId(EVERY_CASE.noExcerpt))!.title).toBe("Menu de la semaine (corrigé ici)");
    expect(await prisma.article.count()).toBe(13);
  });

  it("records the old site's own archive bases when it had changed WordPress's", async () => {
    expect(await resolveLegacyUrl("/rubrique/vie-de-l-ecole/sorties/")).toBeNull();
    const report = await run({ archiveBases: { category: "rubrique", tag: "etiquette" } });
    expect(report.posts.created).toBe(0);
    expect(await resolveLegacyUrl("/rubrique/vie-de-l-ecole/sorties/")).toBe("/rubriques/sorties");
    expect(await resolveLegacyUrl("/rubrique/sorties/feed/")).toBe("/rubriques/sorties/rss.xml");
    expect(await resolveLegacyUrl("/etiquette/rentree/")).toBe("/mots-cles/rentree");
    expect(await prisma.wordPressImport.findFirstOrThrow({ where: { dryRun: false }, orderBy: { startedAt: "desc" } })).toMatchObject({ categoryBase: "rubrique", tagBase: "etiquette" });
  });
});
