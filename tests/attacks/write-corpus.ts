/**
 * Writes the XSS corpus into a fresh site's database through the back office's write layer — the
 * same zod schemas and commands as the server actions, as an admin — and prints what was stored as
 * one JSON line. Run by xss.spec.ts before the site renders any page:
 *   node --import tsx --import ./tests/attacks/next-outside-request.mjs tests/attacks/write-corpus.ts
 * with the site's DATABASE_URL and KIOSQUE_DATA_DIR.
 */
import sharp from "sharp";
import type { z } from "zod";
import { createArticle, saveArticle } from "@/lib/admin/articles/edit";
import { saveArticleSchema } from "@/lib/admin/articles/schema";
import { publishArticle } from "@/lib/admin/articles/workflow";
import { createCategory } from "@/lib/admin/categories/commands";
import { categorySchema } from "@/lib/admin/categories/schema";
import { updateSettings } from "@/lib/admin/settings/commands";
import { settingsSchema } from "@/lib/admin/settings/schema";
import { createSite } from "@/lib/admin/sites/commands";
import { siteSchema } from "@/lib/admin/sites/schema";
import { createTag } from "@/lib/admin/tags/commands";
import { tagSchema } from "@/lib/admin/tags/schema";
import type { Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { uploadMedia } from "@/lib/media/commands";
import { uploadFieldsSchema } from "@/lib/media/schema";
import type { BlockNode, RichTextDoc } from "@/lib/rich-text/types";
import { mediaUrl } from "@/lib/storage";
import { asLine, BODY_ARTICLES, pack, PAYLOADS, slices } from "./corpus";

export type CorpusManifest = {
  /** the first BODY_ARTICLES carry the payloads in their bodies */
  articles: { id: string; slug: string; title: string }[];
  categories: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  sites: string[];
  settings: { siteName: string; shortName: string; tagline: string; description: string; ministry: string };
  /** a payload (or pack) a schema refused, with the French message: refused is fine, executed is not */
  refused: { field: string; message: string }[];
};

const context = { ip: "127.0.0.1", requestId: "corpus-xss" };
const refused: CorpusManifest["refused"] = [];

/** The schema's answer, as the server action would get it; a refusal is recorded and skipped. */
function parse<S extends z.ZodType>(schema: S, field: string, input: unknown): z.output<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  refused.push({ field, message: parsed.error.issues[0]?.message ?? "" });
  return null;
}

async function main() {
  const admin = await prisma.user.findFirstOrThrow({ where: { role: "ADMIN", disabledAt: null }, orderBy: { createdAt: "asc" } });
  // What loadActor gives a signed-in admin (it reads a cache that needs a running Next.js).
  const actor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN", twoFactorEnabled: false, mustEnrollTwoFactor: false };
  const current = await prisma.siteSettings.findUniqueOrThrow({ where: { id: 1 } });

  const settingsInput = {
    siteName: pack(PAYLOADS, 150).values[0],
    shortName: pack(PAYLOADS.slice(40), 30).values[0],
    tagline: pack(PAYLOADS.slice(10), 200).values[0],
    description: pack(PAYLOADS.slice(20), 500).values[0],
    ministry: pack(PAYLOADS.slice(30), 150).values[0],
    contactEmail: PAYLOADS[0],
    articlesPerPage: "60",
    accessibilityStatus: current.accessibilityStatus,
    recommendationsEnabled: "on",
    recommendationDailyCap: "200",
  };
  // A payload as the contact address is refused by the e-mail rule; the rest goes in with a real one.
  parse(settingsSchema, "settings.contactEmail", settingsInput);
  const settings = parse(settingsSchema, "settings", { ...settingsInput, contactEmail: "contact@ecole.example.fr" });
  if (!settings) throw new Error(`réglages refusés : ${JSON.stringify(refused)}`);
  await updateSettings(actor, settings, context);

  const sites: string[] = [];
  const siteNames = pack(PAYLOADS, 150);
  const cities = pack(PAYLOADS, 100).values;
  // Twenty sites: "Nous contacter" shows every one, and a hundred would make each page enormous.
  for (const [index, name] of siteNames.values.slice(0, 20).entries()) {
    const input = parse(siteSchema, "site", {
      name,
      addressLines: cities.slice(index * 2, index * 2 + 2).join("\n") || "1 rue de l’École",
      postcode: "69450",
      city: cities[index % cities.length],
      addressLayout: index % 2 ? "INLINE" : "BLOCK",
      phone: "04 72 53 18 50",
      isHeadquarters: "",
    });
    if (input) {
      await createSite(actor, input, context);
      sites.push(input.name);
    }
  }
  for (const _ of siteNames.tooLong) refused.push({ field: "site.name", message: "Nom du site : 150 caractères au plus." });

  const categories: CorpusManifest["categories"] = [];
  const descriptions = pack(PAYLOADS, 300).values.filter((value) => !/[\r\n]/.test(value));
  for (const [index, name] of pack(PAYLOADS, 100).values.entries()) {
    const input = parse(categorySchema, "category", { name, slug: `xss-rubrique-${index + 1}`, description: descriptions[index % descriptions.length] });
    if (!input) continue;
    await createCategory(actor, input, context);
    categories.push({ slug: input.slug, name: input.name });
  }
  const categoryIds = await prisma.category.findMany({ where: { slug: { in: categories.map((c) => c.slug) } }, select: { id: true, slug: true } });
  const categoryId = (slug: string) => categoryIds.find((c) => c.slug === slug)!.id;

  const tags: CorpusManifest["tags"] = [];
  for (const [index, name] of pack(PAYLOADS, 100).values.entries()) {
    const input = parse(tagSchema, "tag", { name, slug: `xss-mot-cle-${index + 1}` });
    if (!input) continue;
    await createTag(actor, input, context);
    tags.push({ slug: input.slug, name: input.name });
  }
  const tagIds = await prisma.tag.findMany({ where: { slug: { in: tags.map((t) => t.slug) } }, select: { id: true } });

  const alts = pack(PAYLOADS, 250).values;
  const captions = pack(PAYLOADS, 300).values;
  const credits = pack(PAYLOADS, 150).values;
  const media: { id: string; storageKey: string }[] = [];
  for (let index = 0; index < Math.max(alts.length, captions.length, credits.length); index++) {
    const fields = parse(uploadFieldsSchema, "media", { alt: alts[index % alts.length], caption: captions[index % captions.length], credit: credits[index % credits.length] });
    if (!fields) continue;
    // One colour each, so that no upload is recognised as a duplicate of another.
    const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: index % 256, g: (index * 7) % 256, b: 200 } } }).png().toBuffer();
    const result = await uploadMedia(actor, { file: { bytes, name: `${asLine(PAYLOADS[index % PAYLOADS.length]!).slice(0, 60)}.png` }, fields }, context);
    media.push({ id: result.media.id, storageKey: (await prisma.media.findUniqueOrThrow({ where: { id: result.media.id } })).storageKey });
  }

  const titles = pack(PAYLOADS, 200);
  for (const _ of titles.tooLong) refused.push({ field: "article.title", message: "Titre : 200 caractères au plus." });
  const excerpts = pack(PAYLOADS, 600).values;
  // Bodies are spread over the first BODY_ARTICLES articles only, so that opening those few in the
  // editor shows every payload in every kind of node; the others get a plain sentence.
  const bodies = slices(PAYLOADS, BODY_ARTICLES);
  const articles: CorpusManifest["articles"] = [];
  for (const [index, title] of titles.values.entries()) {
    const image = media[index % media.length]!;
    const content: BlockNode[] = (bodies[index] ?? ["Un article du corpus."]).flatMap((payload): BlockNode[] => [
      { type: "paragraph", content: [{ type: "text", text: payload }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: payload }] },
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: payload, marks: [{ type: "bold" }] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: payload, marks: [{ type: "italic" }] }] }] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: payload }] }] }] },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: payload }] }] },
      // The payload as a link's target: the allow-list drops unsafe targets and keeps the text.
      { type: "paragraph", content: [{ type: "text", text: `lien ${payload}`, marks: [{ type: "link", attrs: { href: payload } }] }] },
      { type: "image", attrs: { src: mediaUrl(image.storageKey), mediaId: image.id, alt: asLine(payload), caption: asLine(payload), credit: asLine(payload) } },
    ]);
    const body: RichTextDoc = { type: "doc", content };
    const created = await createArticle(actor, { categoryId: categoryId(categories[index % categories.length]!.slug) }, context);
    const input = parse(saveArticleSchema, "article", {
      id: created.id,
      version: created.version,
      autosave: false,
      title,
      excerpt: excerpts[index % excerpts.length],
      body,
      slug: `xss-article-${index + 1}`,
      slugAuto: false,
      categoryId: categoryId(categories[index % categories.length]!.slug),
      heroImageId: image.id,
      tagIds: [tagIds[index % tagIds.length]!.id, tagIds[(index + 1) % tagIds.length]!.id],
    });
    if (!input) throw new Error(`article refusé : ${JSON.stringify(refused.at(-1))}`);
    const saved = await saveArticle(actor, input, context);
    const published = await publishArticle(actor, { id: created.id, version: saved.version, accessibilityNote: "Corpus XSS : contenu de test." }, context);
    articles.push({ id: created.id, slug: published.slug, title: input.title });
  }

  const manifest: CorpusManifest = {
    articles,
    categories,
    tags,
    sites,
    settings: { siteName: settings.siteName, shortName: settings.shortName, tagline: settings.tagline, description: settings.description, ministry: settings.ministry },
    refused,
  };
  process.stdout.write(`${JSON.stringify(manifest)}\n`);
}

main()
  .then(() => prisma.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await prisma.$disconnect();
    process.exit(1);
  });
