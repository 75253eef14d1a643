/**
 * The media library on the real database and storage: editing (alternative text, focal point),
 * deleting only what no article uses, who may get a stored file, the crops around the focal point,
 * the library's search and filters, and the journal.
 */
import path from "node:path";
import { readdir, rm } from "node:fs/promises";
import { revalidateTag } from "next/cache";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteMediaAction, listMediaAction, updateMediaAction } from "@/app/admin/(espace)/medias/actions";
import { GET as getCrop } from "@/app/medias/recadrages/[crop]/[...key]/route";
import { GET as getFile } from "@/app/medias/[...key]/route";
import { loadActor, type Actor } from "@/lib/auth/session";
import { tags } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { deleteMedia, updateMedia } from "@/lib/media/commands";
import type { PickerPage } from "@/lib/media/library";
import { getMediaForEditing, listMedia } from "@/lib/media/queries";
import { ALT_REQUIRED, mediaListQuerySchema } from "@/lib/media/schema";
import { PUBLIC_CROP_CACHE, PUBLIC_FILE_CACHE, STAFF_ONLY_CACHE } from "@/lib/media/serve";
import { saveMediaFile, uploadsDir } from "@/lib/storage";
import { seedDatabase } from "@/prisma/seed";
import { createArticle, createMedia, createStaff, paragraphDoc, resetDatabase } from "../factories";
import { pixelAt } from "../support/images";
import { call, post } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

const context = { ip: "198.51.100.7", requestId: "requete-de-test" };

async function actorOf(user: User): Promise<Actor> {
  const actor = await loadActor({ uid: user.id, sv: user.sessionVersion });
  if (!actor) throw new Error("no actor");
  return actor;
}

/** 2400 × 1200: the left half red, the right half blue. */
async function halves(): Promise<Buffer> {
  const left = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer();
  return sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 0, g: 0, b: 255 } } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg()
    .toBuffer();
}

async function storedMedia(data: Parameters<typeof createMedia>[0] = {}, bytes?: Buffer) {
  const content = bytes ?? (await sharp({ create: { width: 120, height: 80, channels: 3, background: "#336699" } }).jpeg().toBuffer());
  const meta = await sharp(content).metadata();
  const media = await createMedia({ width: meta.width, height: meta.height, sizeBytes: content.length, ...data });
  await saveMediaFile(media.storageKey, content);
  return media;
}

const imageBody = (media: { id: string; storageKey: string }) => ({
  type: "doc",
  content: [{ type: "image", attrs: { src: `/medias/${media.storageKey}`, alt: "Dans le texte", mediaId: media.id } }],
});

function fileRequest(storageKey: string) {
  return getFile(new Request(`http://localhost:3000/medias/${storageKey}`), { params: Promise.resolve({ key: storageKey.split("/") }) });
}

function cropRequest(crop: string, storageKey: string, headers: Record<string, string> = {}) {
  return getCrop(new Request(`http://localhost:3000/medias/recadrages/${crop}/${storageKey}`, { headers }), {
    params: Promise.resolve({ crop, key: storageKey.split("/") }),
  });
}

async function cropFiles(): Promise<string[]> {
  const entries = await readdir(path.join(uploadsDir(), ".crops"), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

let author: User;
let otherAuthor: User;
let editor: User;

beforeEach(async () => {
  resetRequest();
  vi.mocked(revalidateTag).mockClear();
  await resetDatabase();
  await rm(uploadsDir(), { recursive: true, force: true });
  [author, otherAuthor, editor] = await Promise.all([createStaff("AUTHOR", { name: "Claire Auteur" }), createStaff("AUTHOR"), createStaff("EDITOR", { name: "Émile Éditeur" })]);
});

function updateFields(media: { id: string; updatedAt: Date }, fields: Record<string, string> = {}) {
  return { id: media.id, updatedAt: media.updatedAt.toISOString(), alt: "Le parvis de l’école", caption: "", credit: "© ENSP", focalX: "50", focalY: "50", ...fields };
}

describe("editing a medium", () => {
  it("requires an alternative text unless the image is decorative", async () => {
    const media = await storedMedia({ uploadedById: author.id });
    actAs(author);
    const refused = await post(updateMediaAction, updateFields(media, { alt: " " }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { alt: ALT_REQUIRED } });
    expect((await prisma.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe(media.alt);

    const decorative = await post(updateMediaAction, updateFields(media, { alt: "reste", decorative: "on" }));
    expect(decorative.status).toBe("success");
    expect(await prisma.media.findUniqueOrThrow({ where: { id: media.id }, select: { alt: true, decorative: true } })).toEqual({ alt: "", decorative: true });
  });

  it("validates the focal point: two numbers from 0 to 100", async () => {
    const media = await storedMedia({ uploadedById: author.id });
    actAs(author);
    const refused = await post(updateMediaAction, updateFields(media, { focalX: "120", focalY: "milieu" }));
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: { focalX: "Point d’intérêt, position horizontale : un nombre de 0 à 100.", focalY: "Point d’intérêt, position verticale : un nombre de 0 à 100." },
    });
    const accepted = await post(updateMediaAction, updateFields(media, { focalX: "12,5", focalY: "80" }));
    expect(accepted.status).toBe("success");
    expect(await prisma.media.findUniqueOrThrow({ where: { id: media.id }, select: { focalX: true, focalY: true } })).toEqual({ focalX: 0.125, focalY: 0.8 });
    // The database refuses a point outside the image whatever writes it.
    await expect(prisma.media.update({ where: { id: media.id }, data: { focalX: 1.5 } })).rejects.toThrow();
  });

  it("refuses a save based on an older version, and an author's edit of someone else's upload", async () => {
    const media = await storedMedia({ uploadedById: otherAuthor.id });
    const loaded = await parsed(media);
    await expect(updateMedia(await actorOf(author), { ...loaded, alt: "Autre" }, context)).rejects.toThrow("Vous n’avez pas le droit");
    await updateMedia(await actorOf(editor), { ...loaded, alt: "Première modification" }, context);
    await expect(updateMedia(await actorOf(editor), { ...loaded, alt: "Seconde" }, context)).rejects.toThrow(/modifiée entre-temps/);
    expect((await prisma.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe("Première modification");
  });

  it("records each change in the journal, the focal point in percent", async () => {
    const media = await storedMedia({ uploadedById: author.id, alt: "Ancien texte" });
    actAs(author);
    await post(updateMediaAction, updateFields(media, { alt: "Nouveau texte", focalX: "25", focalY: "50" }));
    const entry = await prisma.auditLog.findFirstOrThrow();
    expect(entry).toMatchObject({ action: "media.updated", targetType: "media", targetId: media.id, targetLabel: media.originalName });
    expect(entry.details).toEqual({ alt: ["Ancien texte", "Nouveau texte"], credit: ["", "© ENSP"], focalX: [50, 25] });
    // Nothing changed, nothing recorded.
    const current = await prisma.media.findUniqueOrThrow({ where: { id: media.id } });
    const again = await post(updateMediaAction, updateFields(current, { alt: "Nouveau texte", focalX: "25", focalY: "50" }));
    expect(again).toMatchObject({ status: "success", message: "Aucune modification à enregistrer." });
    expect(await prisma.auditLog.count()).toBe(1);
  });

  it("refreshes the pages of the articles showing it as their hero image when its words change; only the media facts for a focal point", async () => {
    const media = await storedMedia({ uploadedById: author.id, alt: "Le parvis de l’école", credit: "© ENSP" });
    const article = await createArticle({ heroImageId: media.id, slug: "article-avec-image" });
    await prisma.articleMedia.create({ data: { articleId: article.id, mediaId: media.id, inWorkingCopy: false } });
    actAs(author);
    await post(updateMediaAction, updateFields(media, { focalX: "30" }));
    expect(vi.mocked(revalidateTag).mock.calls).toEqual([[tags.media, { expire: 0 }]]);
    vi.mocked(revalidateTag).mockClear();
    await post(updateMediaAction, updateFields(await prisma.media.findUniqueOrThrow({ where: { id: media.id } }), { focalX: "30", alt: "Un autre texte" }));
    expect(vi.mocked(revalidateTag).mock.calls).toEqual([
      [tags.media, { expire: 0 }],
      [tags.articles, { expire: 0 }],
      [tags.article("article-avec-image"), { expire: 0 }],
    ]);
  });
});

async function parsed(media: { id: string }) {
  const row = await prisma.media.findUniqueOrThrow({ where: { id: media.id } });
  return { id: row.id, updatedAt: row.updatedAt, alt: row.alt, decorative: row.decorative, caption: row.caption, credit: row.credit, focalX: row.focalX, focalY: row.focalY };
}

describe("the focal point in every crop", () => {
  it("crops around the focal point, and a moved focal point reaches the crop at once", async () => {
    const media = await storedMedia({ uploadedById: author.id, focalX: 0.1, focalY: 0.5 }, await halves());
    actAs(editor);
    const left = await cropRequest("1x1", media.storageKey);
    expect(left.status).toBe(200);
    expect(left.headers.get("cache-control")).toBe(STAFF_ONLY_CACHE);
    const leftImage = Buffer.from(await left.arrayBuffer());
    expect((await sharp(leftImage).metadata()).width).toBe(1200);
    // The window starts at the left edge: all red.
    expect((await pixelAt(leftImage, 600, 600))[0]).toBeGreaterThan(200);
    expect((await pixelAt(leftImage, 1150, 600))[0]).toBeGreaterThan(200);

    await post(updateMediaAction, updateFields(media, { focalX: "90", focalY: "50" }));
    const right = Buffer.from(await (await cropRequest("1x1", media.storageKey)).arrayBuffer());
    // At the right edge now: all blue.
    expect((await pixelAt(right, 50, 600))[2]).toBeGreaterThan(200);
    expect((await pixelAt(right, 600, 600))[2]).toBeGreaterThan(200);
    // The crops of the old focal point are gone from the cache; the new one is named after its focal point.
    expect(await cropFiles()).toEqual([`${path.posix.basename(media.storageKey)}.900-500.jpg`]);

    // In between: the centre of the window is the focal point (x = 40 % of 2400 = 960 → window 360–1560).
    await post(updateMediaAction, updateFields(await prisma.media.findUniqueOrThrow({ where: { id: media.id } }), { focalX: "40", focalY: "50" }));
    const middle = Buffer.from(await (await cropRequest("1x1", media.storageKey)).arrayBuffer());
    expect((await pixelAt(middle, 830, 600))[0]).toBeGreaterThan(200);
    expect((await pixelAt(middle, 850, 600))[2]).toBeGreaterThan(200);
  });

  it("answers a public crop with a validator that changes with the focal point", async () => {
    const media = await storedMedia({ uploadedById: author.id }, await halves());
    await createArticle({ heroImageId: media.id });
    const first = await cropRequest("og", media.storageKey);
    expect([first.status, first.headers.get("cache-control")]).toEqual([200, PUBLIC_CROP_CACHE]);
    const etag = first.headers.get("etag")!;
    expect((await cropRequest("og", media.storageKey, { "if-none-match": etag })).status).toBe(304);
    actAs(editor);
    await post(updateMediaAction, updateFields(media, { focalX: "10" }));
    resetRequest();
    const moved = await cropRequest("og", media.storageKey, { "if-none-match": etag });
    expect(moved.status).toBe(200);
    expect(moved.headers.get("etag")).not.toBe(etag);
  });

  it("flattens a transparent image on white, not black, in a JPEG crop", async () => {
    const logo = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const media = await storedMedia({ storageKey: "2026/05/logo-abcdefgh.png", mimeType: "image/png" }, logo);
    actAs(editor);
    const crop = Buffer.from(await (await cropRequest("vignette", media.storageKey)).arrayBuffer());
    expect((await pixelAt(crop, 10, 10)).slice(0, 3)).toEqual([255, 255, 255]);
  });
});

describe("deleting a medium", () => {
  it("is refused while an article uses it — its public version, its working copy, or as hero image — and says which", async () => {
    const inBody = await storedMedia();
    const inWorkingCopy = await storedMedia();
    const asHero = await storedMedia();
    const article = await createArticle({ title: "Continuum de sécurité", body: imageBody(inBody) });
    const other = await createArticle({ title: "Journée portes ouvertes" });
    const third = await createArticle({ title: "Remise des diplômes", heroImageId: asHero.id });
    await prisma.articleMedia.createMany({
      data: [
        { articleId: article.id, mediaId: inBody.id, inWorkingCopy: false },
        { articleId: other.id, mediaId: inWorkingCopy.id, inWorkingCopy: true },
        { articleId: third.id, mediaId: inBody.id, inWorkingCopy: true },
      ],
    });
    const actor = await actorOf(editor);
    await expect(deleteMedia(actor, { id: inBody.id, confirm: true }, context)).rejects.toThrow(
      "Cette image ne peut pas être supprimée : 2 articles l’utilisent (« Remise des diplômes » et « Continuum de sécurité »). Retirez-la d’abord de ces articles (texte, image principale ou modifications en cours).",
    );
    await expect(deleteMedia(actor, { id: inWorkingCopy.id, confirm: true }, context)).rejects.toThrow(
      "Cette image ne peut pas être supprimée : l’article « Journée portes ouvertes » l’utilise.",
    );
    await expect(deleteMedia(actor, { id: asHero.id, confirm: true }, context)).rejects.toThrow("l’article « Remise des diplômes » l’utilise");
    expect(await prisma.media.count()).toBe(3);
    expect(await prisma.auditLog.count()).toBe(0);

    // The page says where it is used, with links to the articles.
    const page = await getMediaForEditing(actor, inBody.id);
    expect(page?.usage.map(({ title, inOwnContent, inWorkingCopy: pending }) => ({ title, inOwnContent, pending }))).toEqual(
      expect.arrayContaining([
        { title: "Continuum de sécurité", inOwnContent: true, pending: false },
        { title: "Remise des diplômes", inOwnContent: false, pending: true },
      ]),
    );
  });

  it("removes an unused medium, its file and its crops, with a journal entry", async () => {
    const media = await storedMedia({ uploadedById: author.id, alt: "À supprimer" });
    actAs(editor);
    await cropRequest("16x9", media.storageKey);
    expect(await cropFiles()).toHaveLength(1);
    const answer = await post(deleteMediaAction, { id: media.id, confirm: "on" });
    expect(answer).toEqual({ status: "redirect", to: "/admin/medias?statut=supprimee" });
    expect(await prisma.media.count()).toBe(0);
    expect((await fileRequest(media.storageKey)).status).toBe(404);
    expect(await cropFiles()).toEqual([]);
    const entry = await prisma.auditLog.findFirstOrThrow();
    expect(entry).toMatchObject({ action: "media.deleted", targetType: "media", targetId: media.id, targetLabel: media.originalName });
    expect(entry.details).toMatchObject({ originalName: media.originalName, storageKey: media.storageKey, alt: "À supprimer" });
  });

  it("needs its confirmation box ticked", async () => {
    const media = await storedMedia();
    actAs(editor);
    expect(await post(deleteMediaAction, { id: media.id })).toMatchObject({ status: "error", fieldErrors: { confirm: "Cochez la case pour confirmer la suppression de l’image." } });
    expect(await prisma.media.count()).toBe(1);
  });
});

describe("who gets a stored file", () => {
  const now = Date.now();

  async function scenario() {
    const [published, draft, workingOnly, scheduledLater, scheduledDue, trashed, heroOnly, unused] = await Promise.all(
      ["publie", "brouillon", "copie", "programme-plus-tard", "programme-echu", "corbeille", "image-principale", "inutilise"].map((name) =>
        storedMedia({ storageKey: `2026/05/${name}-abcdefgh.jpg` }),
      ),
    );
    const link = async (mediaId: string, data: Parameters<typeof createArticle>[0], inWorkingCopy = false) => {
      const article = await createArticle(data);
      await prisma.articleMedia.create({ data: { articleId: article.id, mediaId, inWorkingCopy } });
      return article;
    };
    await link(published!.id, { status: "PUBLISHED" });
    await link(draft!.id, { status: "DRAFT" });
    // A published article whose pending changes (not applied) add the image.
    await link(workingOnly!.id, { status: "PUBLISHED" }, true);
    await link(scheduledLater!.id, { status: "SCHEDULED", publishedAt: new Date(now + 3_600_000) });
    await link(scheduledDue!.id, { status: "SCHEDULED", publishedAt: new Date(now - 60_000) });
    await link(trashed!.id, { status: "PUBLISHED", deletedAt: new Date() });
    // A hero column without its ArticleMedia row (written before the article layer kept them).
    await createArticle({ status: "PUBLISHED", heroImageId: heroOnly!.id });
    return { published, draft, workingOnly, scheduledLater, scheduledDue, trashed, heroOnly, unused } as Record<string, Awaited<ReturnType<typeof storedMedia>>>;
  }

  it("anonymous readers get only the media of articles public now, cached for a year; anything else is a 404 never cached", async () => {
    const media = await scenario();
    const expected: Record<string, number> = { published: 200, draft: 404, workingOnly: 404, scheduledLater: 404, scheduledDue: 200, trashed: 404, heroOnly: 200, unused: 404 };
    for (const [name, status] of Object.entries(expected)) {
      const key = media[name]!.storageKey;
      const file = await fileRequest(key);
      expect(file.status, `${name} (original)`).toBe(status);
      expect(file.headers.get("cache-control"), name).toBe(status === 200 ? PUBLIC_FILE_CACHE : "no-store");
      const crop = await cropRequest("16x9", key);
      expect(crop.status, `${name} (crop)`).toBe(status);
    }
    const served = await fileRequest(media.published!.storageKey);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(120);
  });

  it("signed-in staff get every file, never stored by a browser or a proxy unless it is public", async () => {
    const media = await scenario();
    actAs(author);
    for (const [name, row] of Object.entries(media)) {
      const file = await fileRequest(row.storageKey);
      expect(file.status, name).toBe(200);
      const isPublic = ["published", "scheduledDue", "heroOnly"].includes(name);
      expect(file.headers.get("cache-control"), name).toBe(isPublic ? PUBLIC_FILE_CACHE : STAFF_ONLY_CACHE);
      expect((await cropRequest("vignette", row.storageKey)).status, `${name} (vignette)`).toBe(200);
    }
  });

  it("a disabled account or an ended session is anonymous again", async () => {
    const { draft } = await scenario();
    const disabled = await createStaff("EDITOR", { disabledAt: new Date() });
    actAs(disabled);
    expect((await fileRequest(draft!.storageKey)).status).toBe(404);
    actAs({ id: editor.id, sessionVersion: editor.sessionVersion + 1 });
    expect((await fileRequest(draft!.storageKey)).status).toBe(404);
  });

  it("answers 404 for a missing file, a key outside the storage, or a file without its row to anonymous readers", async () => {
    expect((await fileRequest("2026/05/absent-abcdefgh.jpg")).status).toBe(404);
    expect((await fileRequest("../../etc/passwd")).status).toBe(404);
    expect((await cropRequest("enorme", "2026/05/absent-abcdefgh.jpg")).status).toBe(404);
    await saveMediaFile("2026/05/orphelin-abcdefgh.jpg", await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).jpeg().toBuffer());
    expect((await fileRequest("2026/05/orphelin-abcdefgh.jpg")).status).toBe(404);
    actAs(editor);
    expect((await fileRequest("2026/05/orphelin-abcdefgh.jpg")).status).toBe(200);
  });

  it("keeps the seed's images visible on the public site", async () => {
    await resetDatabase();
    await seedDatabase(prisma, { uploadsDir: uploadsDir(), adminEmail: "admin@kiosque.localhost", demo: true });
    resetRequest();
    const used = await prisma.media.findMany({
      where: { usedBy: { some: { inWorkingCopy: false, article: { status: "PUBLISHED", deletedAt: null, publishedAt: { lte: new Date() } } } } },
      select: { storageKey: true },
    });
    expect(used.length).toBeGreaterThan(0);
    for (const { storageKey } of used) expect((await fileRequest(storageKey)).status, storageKey).toBe(200);
    const heroes = await prisma.article.findMany({ where: { status: "PUBLISHED", heroImageId: { not: null } }, select: { heroImage: { select: { storageKey: true } } } });
    for (const hero of heroes) expect((await cropRequest("og", hero.heroImage!.storageKey)).status).toBe(200);
  }, 60_000);
});

describe("the library", () => {
  it("searches the file name, the alternative text and the caption, whatever the case and accents", async () => {
    await storedMedia({ originalName: "remise-diplomes.jpg", alt: "Les élèves en uniforme" });
    await storedMedia({ originalName: "IMG_0001.jpg", alt: "Le parvis", caption: "Cérémonie de l’École" });
    await storedMedia({ originalName: "Façade.png", alt: "Bâtiment principal" });
    await storedMedia({ originalName: "100%_fier.jpg", alt: "Fierté" });
    const actor = await actorOf(author);
    const search = async (q: string) => (await listMedia(actor, mediaListQuerySchema.parse({ q }))).items.map((item) => item.originalName).sort();
    expect(await search("ELEVES")).toEqual(["remise-diplomes.jpg"]);
    expect(await search("ecole")).toEqual(["IMG_0001.jpg"]);
    expect(await search("facade")).toEqual(["Façade.png"]);
    expect(await search("100%")).toEqual(["100%_fier.jpg"]);
    expect(await search("%")).toEqual(["100%_fier.jpg"]);
    expect(await search("_")).toEqual(["100%_fier.jpg", "IMG_0001.jpg"]);
  });

  it("filters used and unused images, and mine; pages by 24, newest first", async () => {
    const mine = await storedMedia({ uploadedById: author.id, createdAt: new Date(now() - 1000) });
    const used = await storedMedia({ uploadedById: otherAuthor.id, createdAt: new Date(now() - 2000) });
    const pending = await storedMedia({ uploadedById: author.id, createdAt: new Date(now() - 3000) });
    const article = await createArticle({ body: paragraphDoc("x") });
    await prisma.articleMedia.createMany({
      data: [
        { articleId: article.id, mediaId: used.id, inWorkingCopy: false },
        { articleId: article.id, mediaId: pending.id, inWorkingCopy: true },
      ],
    });
    const actor = await actorOf(author);
    const ids = async (query: Record<string, string>) => (await listMedia(actor, mediaListQuerySchema.parse(query))).items.map((item) => item.id);
    expect(await ids({})).toEqual([mine.id, used.id, pending.id]);
    expect(await ids({ utilisation: "utilisees" })).toEqual([used.id, pending.id]);
    expect(await ids({ utilisation: "inutilisees" })).toEqual([mine.id]);
    expect(await ids({ miennes: "1" })).toEqual([mine.id, pending.id]);
    expect(await ids({ miennes: "1", utilisation: "utilisees" })).toEqual([pending.id]);
    const page = await listMedia(actor, mediaListQuerySchema.parse({}));
    expect(page.items.find((item) => item.id === used.id)).toMatchObject({ articleCount: 1, uploadedBy: otherAuthor.name });

    await Promise.all(Array.from({ length: 25 }, (_, index) => createMedia({ createdAt: new Date(now() - 10_000 - index) })));
    const second = await listMedia(actor, mediaListQuerySchema.parse({ page: "2" }));
    expect([second.total, second.page, second.pageCount, second.items.length]).toEqual([28, 2, 2, 4]);
    // A page past the end shows the last one.
    expect((await listMedia(actor, mediaListQuerySchema.parse({ page: "9" }))).page).toBe(2);
  });

  it("gives the editor's chooser a page of choices through its server action, for signed-in staff only", async () => {
    const media = await storedMedia({ alt: "Le parvis", caption: "Légende", credit: "© ENSP", focalX: 0.2 });
    actAs(author);
    const answer = await call<PickerPage>(listMediaAction, { q: "parvis" });
    expect(answer.status).toBe("success");
    const data = (answer as { data: PickerPage }).data;
    expect(data).toMatchObject({ total: 1, page: 1, pageCount: 1, defaultCredit: "© ENSP" });
    expect(data.items[0]).toMatchObject({
      id: media.id,
      src: `/medias/${media.storageKey}`,
      alt: "Le parvis",
      decorative: false,
      caption: "Légende",
      credit: "© ENSP",
      width: 120,
      height: 80,
      editUrl: `/admin/medias/${media.id}`,
    });
    expect(data.items[0]!.thumbnailUrl).toMatch(new RegExp(`^/medias/recadrages/vignette/${media.storageKey}\\?v=[a-z0-9]+$`));
    resetRequest();
    expect(await call(listMediaAction, {})).toEqual({ status: "error", message: "Votre session a pris fin : reconnectez-vous pour continuer." });
  });
});

function now(): number {
  return Date.now();
}
