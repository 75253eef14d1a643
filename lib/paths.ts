/**
 * Every public path of the site, in one place: pages, sitemaps, feeds and JSON-LD build their
 * links from here, so that a URL scheme change is one edit.
 */
export const paths = {
  home: () => "/",
  news: () => "/actualites",
  article: (slug: string) => `/actualites/${slug}`,
  category: (slug: string) => `/rubriques/${slug}`,
  tag: (slug: string) => `/mots-cles/${slug}`,
  search: () => "/recherche",
  contact: () => "/nous-contacter",
  accessibility: () => "/accessibilite",
  legalNotice: () => "/mentions-legales",
  siteMap: () => "/plan-du-site",
  /** "Envoyer à un proche": the form recommending the public page at `page` (a path) */
  recommend: (page: string) => `/recommander?page=${encodeURIComponent(page)}`,
  /** the no-JavaScript way to Mastodon: a GET form (page, instance) answered by a redirect */
  shareOnMastodon: () => "/partager/mastodon",
  /** where the share panel's beacon counts a recommendation (POST) */
  shareBeacon: () => "/api/partages",
  media: (storageKey: string) => `/medias/${storageKey}`,
  /** a fixed-size crop of a stored image (lib/images/crops.ts) */
  mediaCrop: (crop: string, storageKey: string) => `/medias/recadrages/${crop}/${storageKey}`,
  feeds: {
    rss: () => "/flux/rss.xml",
    atom: () => "/flux/atom.xml",
    categoryRss: (slug: string) => `/rubriques/${slug}/rss.xml`,
    categoryAtom: (slug: string) => `/rubriques/${slug}/atom.xml`,
    tagRss: (slug: string) => `/mots-cles/${slug}/rss.xml`,
    tagAtom: (slug: string) => `/mots-cles/${slug}/atom.xml`,
  },
  sitemap: () => "/sitemap.xml",
  /** one file of a split sitemap, 1-based */
  sitemapPart: (number: number) => `/sitemaps/${number}.xml`,
  newsSitemap: () => "/sitemap-actualites.xml",
  /** the back office (never indexed, never cached) */
  admin: {
    home: () => "/admin",
    signIn: () => "/admin/connexion",
    secondFactor: () => "/admin/connexion/code",
    account: () => "/admin/compte",
    twoFactor: () => "/admin/compte/double-authentification",
    choosePassword: (token: string) => `/admin/mot-de-passe/${token}`,
    people: () => "/admin/personnes",
    newPerson: () => "/admin/personnes/nouvelle",
    person: (id: string) => `/admin/personnes/${id}`,
    settings: () => "/admin/reglages",
    sites: () => "/admin/sites",
    newSite: () => "/admin/sites/nouveau",
    site: (id: string) => `/admin/sites/${id}`,
    categories: () => "/admin/rubriques",
    newCategory: () => "/admin/rubriques/nouvelle",
    category: (id: string) => `/admin/rubriques/${id}`,
    tags: () => "/admin/mots-cles",
    newTag: () => "/admin/mots-cles/nouveau",
    tag: (id: string) => `/admin/mots-cles/${id}`,
    auditLog: () => "/admin/journal",
    mails: () => "/admin/courriels",
    mail: (id: string) => `/admin/courriels/${id}`,
    statistics: () => "/admin/statistiques",
    articleStatistics: (articleId: string) => `/admin/statistiques/${articleId}`,
    articles: () => "/admin/articles",
    newArticle: () => "/admin/articles/nouveau",
    article: (id: string) => `/admin/articles/${id}`,
    articlePreview: (id: string) => `/admin/articles/${id}/apercu`,
    articleRevisions: (id: string) => `/admin/articles/${id}/versions`,
    media: () => "/admin/medias",
    mediaItem: (id: string) => `/admin/medias/${id}`,
    /** the upload endpoint (a route handler taking multipart form data, one image per request) */
    mediaUpload: () => "/admin/medias/televersement",
    wordpressImports: () => "/admin/import-wordpress",
    wordpressImport: (id: string) => `/admin/import-wordpress/${id}`,
    /** where the export file is sent (a route handler: an export is bigger than a server action takes) */
    wordpressUpload: () => "/admin/import-wordpress/televersement",
  },
} as const;

/** The public site's main navigation, in the header of every page. */
export const mainNavigation = [
  { href: paths.home(), label: "Accueil" },
  { href: paths.news(), label: "Actualités" },
  { href: paths.contact(), label: "Nous contacter" },
] as const;
