/**
 * Every public place an article shows, and how long a change takes to reach all of them: what
 * "publish and see it everywhere within one second" covers. Shared by the browser tests and
 * scripts/bench-publish.ts. Plain `fetch`, so that the timing is the server's, not a browser's.
 */

/** Titles used with these checks are plain ASCII words: no HTML or XML escaping to account for. */
export type ArticleOnSite = { slug: string; title: string; categorySlug: string; tagSlug: string; searchWord: string };

type Answer = { status: number; body: string; location: string | null };
export type SurfaceCheck = { name: string; path: string; passes: (answer: Answer) => boolean };

// A link to the article in HTML (href="…", and \"…\" in the React payload), in XML (<loc>…</loc>,
// <link>…</link>) or in Atom (href="…"); the closing character keeps "a-b" from matching "a-b-2".
function linksTo(body: string, slug: string): boolean {
  const link = `/actualites/${slug}`;
  return body.includes(`${link}"`) || body.includes(`${link}\\"`) || body.includes(`${link}<`);
}

const LISTS = (article: ArticleOnSite): { name: string; path: string }[] => [
  { name: "accueil", path: "/" },
  { name: "actualités", path: "/actualites" },
  { name: "rubrique", path: `/rubriques/${article.categorySlug}` },
  { name: "mot-clé", path: `/mots-cles/${article.tagSlug}` },
  { name: "flux RSS", path: "/flux/rss.xml" },
  { name: "flux Atom", path: "/flux/atom.xml" },
  { name: "plan du site XML", path: "/sitemap.xml" },
  { name: "plan Google Actualités", path: "/sitemap-actualites.xml" },
  { name: "recherche", path: `/recherche?q=${encodeURIComponent(article.searchWord)}` },
];

/** The article on its page and in every list, feed, sitemap and search result that should show it. */
export function shownEverywhere(article: ArticleOnSite): SurfaceCheck[] {
  return [
    { name: "article", path: `/actualites/${article.slug}`, passes: ({ status, body }) => status === 200 && body.includes(article.title) },
    ...LISTS(article).map(({ name, path }) => ({
      name,
      path,
      passes: ({ status, body }: Answer) => status === 200 && linksTo(body, article.slug) && (name === "plan du site XML" || body.includes(article.title)),
    })),
  ];
}

/** Off the site: its address answers 410 Gone and no list, feed, sitemap or search links to it. */
export function goneEverywhere(article: ArticleOnSite): SurfaceCheck[] {
  return [
    { name: "article", path: `/actualites/${article.slug}`, passes: ({ status }) => status === 410 },
    // A category or tag left without any public article has no page any more: that is gone too.
    ...LISTS(article).map(({ name, path }) => ({ name, path, passes: ({ status, body }: Answer) => (status === 200 || status === 404) && !linksTo(body, article.slug) })),
  ];
}

/** A former address: a permanent redirect to the current one. */
export function redirects(fromSlug: string, toSlug: string): SurfaceCheck {
  return {
    name: "ancienne adresse",
    path: `/actualites/${fromSlug}`,
    passes: ({ status, location }) => status === 308 && (location ?? "").endsWith(`/actualites/${toSlug}`),
  };
}

export type Timings = Record<string, number>;

/**
 * Polls every check at once until each passes; gives, for each, the milliseconds from `since`
 * (a performance.now() value, taken before the action) to its first passing answer. Throws with
 * the checks still failing after `timeoutMs`.
 */
export async function timeUntilAll(baseURL: string, checks: SurfaceCheck[], options: { since: number; timeoutMs: number }): Promise<Timings> {
  const deadline = options.since + options.timeoutMs;
  const timings: Timings = {};
  const last: Record<string, string> = {};
  await Promise.all(
    checks.map(async (check) => {
      while (performance.now() < deadline) {
        const response = await fetch(new URL(check.path, baseURL), { redirect: "manual", headers: { "accept-encoding": "identity" } });
        const answer = { status: response.status, body: await response.text(), location: response.headers.get("location") };
        const at = performance.now();
        if (check.passes(answer)) {
          timings[check.name] = Math.round(at - options.since);
          return;
        }
        // Which cache answered, when one did: the proxy's micro-cache, the page cache, Next.js's.
        const caches = ["x-micro-cache", "x-kiosque-cache", "x-nextjs-cache"].map((name) => response.headers.get(name) && `${name} ${response.headers.get(name)}`).filter(Boolean);
        last[check.name] = `HTTP ${answer.status} à ${Math.round(at - options.since)} ms${caches.length ? ` (${caches.join(", ")})` : ""}`;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  const missing = checks.filter((check) => !(check.name in timings));
  if (missing.length > 0) {
    throw new Error(`Pas à jour après ${options.timeoutMs} ms : ${missing.map((check) => `${check.name} (${check.path}, ${last[check.name] ?? "aucune réponse"})`).join(", ")} ; à jour : ${JSON.stringify(timings)}`);
  }
  return timings;
}
