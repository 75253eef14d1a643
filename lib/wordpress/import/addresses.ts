/**
 * Addresses: each imported post's slug here (decided for every post before the first body is
 * converted, so that a link to a later post is rewritten too), the old site's addresses of posts,
 * categories and tags, and the rewriting of links between imported posts.
 */
import { prisma } from "../../db";
import { paths } from "../../paths";
import { legacyPathOfUrl, normaliseLegacyPath } from "../legacy-path";
import { DEFAULT_ARCHIVE_BASES, type ArchiveBases } from "./archive-bases";
import { slugCandidate } from "./mapping";
import { postLegacyPaths, type ExistingArticle } from "./posts";
import { kioskSlug } from "./references";
import type { PostInfo, Survey } from "./survey";

/** Slugs for the posts: an article imported before keeps its own; a new one gets a free one. */
export async function allocateSlugs(posts: PostInfo[], existing: Map<number, ExistingArticle>): Promise<Map<number, string>> {
  const [articles, former] = await Promise.all([prisma.article.findMany({ select: { slug: true } }), prisma.slugRedirect.findMany({ select: { oldSlug: true } })]);
  const taken = new Set([...articles.map((row) => row.slug), ...former.map((row) => row.oldSlug)]);
  const slugs = new Map<number, string>();
  for (const post of posts) {
    const known = existing.get(post.id);
    if (known) {
      slugs.set(post.id, known.slug);
      continue;
    }
    const base = slugCandidate(post.postName, post.title, post.id);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 190)}-${n}`;
    taken.add(slug);
    slugs.set(post.id, slug);
  }
  return slugs;
}

/** The path prefix of the old blog ("/blog" when WordPress lived in a folder), "" at the root. */
export function blogPrefix(survey: Survey): string {
  const base = survey.site.baseBlogUrl || survey.site.link;
  try {
    return new URL(base).pathname.replace(/\/+$/, "").toLowerCase();
  } catch {
    return "";
  }
}

/** The archive addresses of a category (with its parents' slugs) and of a tag. */
export function termLegacyPaths(survey: Survey, bases: ArchiveBases = DEFAULT_ARCHIVE_BASES): { categories: Map<string, string[]>; tags: Map<string, string[]> } {
  const prefix = blogPrefix(survey);
  const categories = new Map<string, string[]>();
  const tags = new Map<string, string[]>();
  const bySlug = new Map(survey.terms.filter((term) => term.taxonomy === "category").map((term) => [term.slug, term]));
  for (const term of survey.terms) {
    const slug = kioskSlug(term);
    if (!slug) continue;
    if (term.taxonomy === "category") {
      const chain = [term.slug];
      for (let parent = bySlug.get(term.parentSlug); parent && chain.length < 10; parent = bySlug.get(parent.parentSlug)) chain.unshift(parent.slug);
      const base = `${prefix}/${bases.category}`;
      const candidates = [normaliseLegacyPath(`${base}/${chain.join("/")}`), normaliseLegacyPath(`${base}/${term.slug}`), term.id ? normaliseLegacyPath("/", `?cat=${term.id}`) : null];
      categories.set(slug, [...new Set(candidates.filter((path): path is string => Boolean(path)))]);
    } else if (term.taxonomy === "post_tag") {
      const candidates = [normaliseLegacyPath(`${prefix}/${bases.tag}/${term.slug}`), normaliseLegacyPath("/", `?tag=${term.slug}`)];
      tags.set(slug, [...new Set(candidates.filter((path): path is string => Boolean(path)))]);
    }
  }
  return { categories, tags };
}

/**
 * A link rewriter for bodies: an address of the old site that names an imported post, category or
 * tag becomes its address here; every other link is left as it was.
 */
export function linkRewriter(survey: Survey, posts: PostInfo[], slugs: Map<number, string>, terms: ReturnType<typeof termLegacyPaths>): (href: string) => string {
  const targets = new Map<string, string>();
  for (const post of posts) {
    const slug = slugs.get(post.id);
    if (!slug) continue;
    for (const path of postLegacyPaths({ link: post.link, guid: post.guid, postId: post.id, postName: post.postName }, blogPrefix(survey))) targets.set(path, paths.article(slug));
  }
  for (const [slug, list] of terms.categories) for (const path of list) targets.set(path, paths.category(slug));
  for (const [slug, list] of terms.tags) for (const path of list) targets.set(path, paths.tag(slug));
  const hosts = new Set(
    [survey.site.link, survey.site.baseSiteUrl, survey.site.baseBlogUrl].flatMap((url) => {
      try {
        return [new URL(url).host.toLowerCase().replace(/^www\./, "")];
      } catch {
        return [];
      }
    }),
  );
  const base = survey.site.link || "http://ancien-site.invalid/";
  return (href) => {
    if (!href || href.startsWith("#") || /^(mailto|tel):/i.test(href)) return href;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return href;
    }
    const sameSite = !/^[a-z][a-z0-9+.-]*:/i.test(href) || hosts.has(url.host.toLowerCase().replace(/^www\./, ""));
    if (!sameSite) return href;
    const target = targets.get(legacyPathOfUrl(url.toString()) ?? "");
    return target ? `${target}${url.hash}` : href;
  };
}
