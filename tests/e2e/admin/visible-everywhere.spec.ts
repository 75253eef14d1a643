import { expect, test } from "@playwright/test";
import { goneEverywhere, redirects, shownEverywhere, timeUntilAll, type ArticleOnSite } from "../public-surfaces";
import { press, publication, retitle, unpublish, uniqueWord, writeDraft } from "./newsroom-steps";
import { createAccount, signIn } from "./support";

// From the click: the server action, the invalidation and the first render of every page.
const WITHIN_MS = 1_000;

test("publish, update with a new address, unpublish: the article's page, the lists, the feeds, both sitemaps and the search follow within one second", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const editor = await createAccount("EDITOR", "partout");
  await signIn(page, editor);
  const word = uniqueWord("partout");
  const stamp = Date.now();
  const draft = {
    title: `Publication visible partout ${stamp}`,
    excerpt: `Un article pour le mot ${word} et pour la recherche.`,
    text: "Un court texte, publié puis corrigé puis retiré.",
    category: "Partenariats",
    tag: "sécurité privée",
  };
  const { slug } = await writeDraft(page, draft);
  const article: ArticleOnSite = { slug, title: draft.title, categorySlug: "partenariats", tagSlug: "securite-privee", searchWord: word };

  let since = await press(page, "Publier");
  const published = await timeUntilAll(baseURL!, shownEverywhere(article), { since, timeoutMs: WITHIN_MS });
  await expect(publication(page).getByRole("button", { name: "Dépublier", exact: true })).toBeVisible();

  const corrected: ArticleOnSite = { ...article, title: `Publication corrigée partout ${stamp}`, slug: `${slug}-corrigee` };
  await retitle(page, corrected.title, corrected.slug);
  since = await press(page, "Mettre à jour");
  const updated = await timeUntilAll(baseURL!, [...shownEverywhere(corrected), redirects(slug, corrected.slug)], { since, timeoutMs: WITHIN_MS });

  since = await unpublish(page);
  const withdrawn = await timeUntilAll(baseURL!, goneEverywhere(corrected), { since, timeoutMs: WITHIN_MS });

  for (const [step, timings] of Object.entries({ published, updated, withdrawn })) {
    test.info().annotations.push({ type: step, description: JSON.stringify(timings) });
  }
});
