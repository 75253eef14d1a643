/**
 * Structured data (schema.org, typed with schema-dts) for search engines: the school as an
 * Organization with its sites, NewsArticle for articles, BreadcrumbList matching the visible one.
 */
import type { BreadcrumbList, NewsArticle, Organization, PostalAddress, WebSite, WithContext } from "schema-dts";
import type { PublicArticle } from "../public/article-types";
import type { PublicSettings, PublicSite } from "../public/site";
import { CROPS, cropPath, type CropName } from "../images/crops";
import { absoluteUrl, paths } from "../urls";

export const ORGANIZATION_ID = "#organisation";
export const LOGO_PATH = "/logo-ensp.png";

function internationalPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.startsWith("0") ? `+33 ${digits.slice(1).replace(/(\d)(?=(\d{2})+$)/g, "$1 ")}` : phone;
}

function postalAddress(site: PublicSite): PostalAddress {
  return {
    "@type": "PostalAddress",
    name: site.name,
    streetAddress: site.addressLines.join(", "),
    postalCode: site.postcode,
    addressLocality: site.city,
    addressCountry: "FR",
  };
}

export function organizationJsonLd(sites: PublicSite[], settings: PublicSettings): WithContext<Organization> {
  const headquarters = sites.find((site) => site.isHeadquarters) ?? sites[0];
  return {
    "@context": "https://schema.org",
    "@type": "EducationalOrganization",
    "@id": absoluteUrl(`/${ORGANIZATION_ID}`),
    name: settings.siteName,
    alternateName: settings.shortName,
    url: absoluteUrl(paths.home()),
    logo: { "@type": "ImageObject", url: absoluteUrl(LOGO_PATH), width: "600", height: "600" },
    ...(settings.ministry ? { parentOrganization: { "@type": "GovernmentOrganization", name: settings.ministry } } : {}),
    ...(settings.contactEmail ? { email: settings.contactEmail } : {}),
    ...(headquarters ? { address: postalAddress(headquarters), telephone: internationalPhone(headquarters.phone) } : {}),
    location: sites.map((site) => ({
      "@type": "Place",
      name: site.name,
      address: postalAddress(site),
      telephone: internationalPhone(site.phone),
    })),
  };
}

const ARTICLE_CROPS: CropName[] = ["16x9", "4x3", "1x1"];

export function newsArticleJsonLd(article: PublicArticle, settings: PublicSettings): WithContext<NewsArticle> {
  const url = absoluteUrl(paths.article(article.slug));
  const hero = article.heroImage;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title,
    description: article.excerpt,
    inLanguage: "fr-FR",
    datePublished: article.publishedAt,
    dateModified: article.revisedAt ?? article.publishedAt,
    articleSection: article.category.name,
    ...(article.tags.length ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    author: { "@type": "Person", name: article.authorName },
    publisher: {
      "@type": "EducationalOrganization",
      "@id": absoluteUrl(`/${ORGANIZATION_ID}`),
      name: settings.siteName,
      logo: { "@type": "ImageObject", url: absoluteUrl(LOGO_PATH), width: "600", height: "600" },
    },
    ...(hero
      ? {
          image: ARTICLE_CROPS.map((crop) => ({
            "@type": "ImageObject" as const,
            url: absoluteUrl(cropPath(crop, hero.storageKey)),
            width: String(CROPS[crop].width),
            height: String(CROPS[crop].height),
            caption: hero.caption || undefined,
            ...(hero.credit ? { creditText: hero.credit, copyrightNotice: hero.credit } : {}),
          })),
        }
      : {}),
  };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are escaped as \u sequences so
 * that no text (a title holding "</script>", say) can close the element or open a comment; U+2028
 * and U+2029 too, for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The site, with the search box search engines may offer (the query goes to /recherche?q=). */
export function webSiteJsonLd(settings: PublicSettings): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: settings.siteName,
    url: absoluteUrl(paths.home()),
    inLanguage: "fr-FR",
    publisher: { "@id": absoluteUrl(`/${ORGANIZATION_ID}`) },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(paths.search())}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  } as WithContext<WebSite>;
}
