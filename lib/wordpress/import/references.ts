/**
 * The people and terms imported posts point to, matched with what Kiosque already has or created
 * (not in a dry run, which only counts them): authors by their WordPress login, then by e-mail;
 * categories and tags by slug, former slugs included.
 */
import { createHash } from "node:crypto";
import { CATEGORY_DESCRIPTION_MAX_LENGTH, CATEGORY_NAME_MAX_LENGTH } from "../../admin/categories/schema";
import { TAG_NAME_MAX_LENGTH } from "../../admin/tags/schema";
import { NAME_MAX_LENGTH } from "../../admin/users/schema";
import { prisma } from "../../db";
import { slugify } from "../../slug";
import type { WxrAuthor } from "../wxr";
import { fitText, htmlText, termSlug } from "./mapping";
import type { ImportReport } from "./report";
import type { PostInfo, Survey } from "./survey";

export const UNCATEGORISED = { slug: "non-classe", name: "Non classé" };

export type References = {
  userIdByLogin: Map<string, string>;
  categoryIdBySlug: Map<string, string>;
  tagIdBySlug: Map<string, string>;
};

/** An address no one can write to (RFC 2606's .invalid), for an author WordPress knew without one. */
function placeholderEmail(login: string): string {
  const hash = createHash("sha256").update(login).digest("hex").slice(0, 8);
  return `${slugify(login).slice(0, 40) || "auteur"}-${hash}@auteurs-wordpress.invalid`;
}

async function prepareAuthors(survey: Survey, posts: PostInfo[], dryRun: boolean, report: ImportReport): Promise<Map<string, string>> {
  const logins = [...new Set(posts.map((post) => post.creator).filter(Boolean))];
  const byLogin = new Map<string, string>();
  const known = await prisma.user.findMany({ where: { wordpressLogin: { in: logins } }, select: { id: true, wordpressLogin: true } });
  for (const user of known) byLogin.set(user.wordpressLogin!, user.id);
  for (const login of logins) {
    if (byLogin.has(login)) {
      report.authors.matched++;
      continue;
    }
    const author: WxrAuthor = survey.authors.get(login) ?? { id: null, login, email: "", displayName: login, firstName: "", lastName: "" };
    const email = author.email.trim().toLowerCase();
    const existing = email ? await prisma.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true, wordpressLogin: true } }) : null;
    if (existing) {
      report.authors.matched++;
      byLogin.set(login, existing.id);
      if (!dryRun && existing.wordpressLogin === null) await prisma.user.update({ where: { id: existing.id }, data: { wordpressLogin: login } });
      continue;
    }
    report.authors.created++;
    if (!email) report.notes.push(`L’auteur « ${login} » n’a pas d’adresse dans l’export : son compte reçoit une adresse provisoire, à remplacer avant de l’activer.`);
    const name = fitText(htmlText(author.displayName) || [author.firstName, author.lastName].join(" ").trim() || login, NAME_MAX_LENGTH);
    if (dryRun) {
      byLogin.set(login, `essai:${login}`);
      continue;
    }
    // Disabled, without a password: an admin enables the account and sends the link to choose one.
    const user = await prisma.user.create({ data: { email: email || placeholderEmail(login), name, role: "AUTHOR", disabledAt: new Date(), wordpressLogin: login }, select: { id: true } });
    byLogin.set(login, user.id);
  }
  return byLogin;
}

type TermPlan = { slug: string; name: string; description: string };

async function prepareTerms(kind: "category" | "tag", wanted: Map<string, TermPlan>, dryRun: boolean, report: ImportReport): Promise<Map<string, string>> {
  const slugs = [...wanted.keys()];
  const ids = new Map<string, string>();
  const table = kind === "category" ? prisma.category : prisma.tag;
  const current = await (table as typeof prisma.tag).findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  for (const row of current) ids.set(row.slug, row.id);
  const former =
    kind === "category"
      ? await prisma.categorySlugRedirect.findMany({ where: { oldSlug: { in: slugs } }, select: { oldSlug: true, categoryId: true } }).then((rows) => rows.map((row) => [row.oldSlug, row.categoryId] as const))
      : await prisma.tagSlugRedirect.findMany({ where: { oldSlug: { in: slugs } }, select: { oldSlug: true, tagId: true } }).then((rows) => rows.map((row) => [row.oldSlug, row.tagId] as const));
  for (const [slug, id] of former) if (!ids.has(slug)) ids.set(slug, id);
  const tally = kind === "category" ? report.categories : report.tags;
  let position = kind === "category" ? ((await prisma.category.aggregate({ _max: { position: true } }))._max.position ?? 0) : 0;
  for (const plan of wanted.values()) {
    if (ids.has(plan.slug)) {
      tally.matched++;
      continue;
    }
    tally.created++;
    if (dryRun) {
      ids.set(plan.slug, `essai:${plan.slug}`);
      continue;
    }
    const row =
      kind === "category"
        ? await prisma.category.create({ data: { slug: plan.slug, name: fitText(plan.name, CATEGORY_NAME_MAX_LENGTH), description: fitText(plan.description, CATEGORY_DESCRIPTION_MAX_LENGTH), position: ++position }, select: { id: true } })
        : await prisma.tag.create({ data: { slug: plan.slug, name: fitText(plan.name, TAG_NAME_MAX_LENGTH) }, select: { id: true } });
    ids.set(plan.slug, row.id);
  }
  return ids;
}

/** The Kiosque slug of a post's term, or "" when it has neither slug nor name. */
export function kioskSlug(term: { taxonomy: string; slug: string; name: string }): string {
  return termSlug(term.slug, htmlText(term.name), term.taxonomy === "category" ? "rubrique" : "mot-cle");
}

export async function prepareReferences(survey: Survey, posts: PostInfo[], dryRun: boolean, report: ImportReport): Promise<References> {
  const userIdByLogin = await prepareAuthors(survey, posts, dryRun, report);
  const described = new Map(survey.terms.map((term) => [`${term.taxonomy}:${term.slug}`, term]));
  const categories = new Map<string, TermPlan>();
  const tags = new Map<string, TermPlan>();
  let needsUncategorised = false;
  for (const post of posts) {
    const postCategories = post.terms.filter((term) => term.taxonomy === "category");
    if (postCategories.length === 0) needsUncategorised = true;
    for (const term of post.terms) {
      if (term.taxonomy !== "category" && term.taxonomy !== "post_tag") continue;
      const slug = kioskSlug(term);
      if (!slug) continue;
      const description = htmlText(described.get(`${term.taxonomy}:${term.slug}`)?.description ?? "");
      // A post's first category is its category here; the others become tags (lib/wordpress/import/posts.ts).
      const target = term.taxonomy === "category" && term === postCategories[0] ? categories : tags;
      if (!target.has(slug)) target.set(slug, { slug, name: htmlText(term.name) || slug, description });
    }
  }
  if (needsUncategorised && !categories.has(UNCATEGORISED.slug)) categories.set(UNCATEGORISED.slug, { ...UNCATEGORISED, description: "" });
  if (survey.terms.some((term) => term.taxonomy === "category" && term.parentSlug)) {
    report.notes.push("Les rubriques de WordPress ont des sous-rubriques ; Kiosque n’en a pas : chacune devient une rubrique à part entière.");
  }
  const categoryIdBySlug = await prepareTerms("category", categories, dryRun, report);
  const tagIdBySlug = await prepareTerms("tag", tags, dryRun, report);
  return { userIdByLogin, categoryIdBySlug, tagIdBySlug };
}
