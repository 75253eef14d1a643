import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildWxr } from "../../fixtures/wordpress";
import { expectNoAxeViolation, SEEDED_ADMIN, signIn } from "./support";

const stamp = Date.now().toString(36);
const slug = `fete-du-sport-${stamp}`;
const site = "https://ancien-site.example.test";

/** A small export of its own: two posts (the second links to the first), a category, a tag. */
function smallExport(): string {
  const category = { taxonomy: "category", slug: `sport-${stamp}`, name: `Sport ${stamp}` };
  return buildWxr({
    site: { title: "Ancien site de l’école", link: site, baseSiteUrl: site, baseBlogUrl: site },
    authors: [{ id: 1, login: `redaction-${stamp}`, email: `redaction-${stamp}@ecole.example`, displayName: "La rédaction d’avant" }],
    terms: [{ id: 1, slug: category.slug, name: category.name }],
    items: [
      {
        postId: 501,
        title: `Fête du sport ${stamp}`,
        postName: slug,
        link: `${site}/2021/06/12/${slug}/`,
        postDate: "2021-06-12 10:00:00",
        postDateGmt: "2021-06-12 08:00:00",
        creator: `redaction-${stamp}`,
        excerpt: "Toute l’école sur le stade.",
        content: "La fête du sport a réuni toutes les classes.\n\n<h2>Le programme</h2>\n<ul><li>Relais</li><li>Saut en longueur</li></ul>",
        categories: [category],
      },
      {
        postId: 502,
        title: `Les résultats ${stamp}`,
        postName: `resultats-${stamp}`,
        link: `${site}/2021/06/13/resultats-${stamp}/`,
        postDate: "2021-06-13 10:00:00",
        postDateGmt: "2021-06-13 08:00:00",
        creator: `redaction-${stamp}`,
        excerpt: "Les résultats de la fête du sport.",
        content: `<!-- wp:paragraph --><p>Relire <a href="${site}/2021/06/12/${slug}/">le récit de la fête</a>.</p><!-- /wp:paragraph -->`,
        categories: [category],
      },
    ],
  });
}

test("an admin imports a WordPress export from the back office, after a dry run, and its old addresses lead to the new articles", async ({ page, request }) => {
  test.setTimeout(120_000);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "kiosque-e2e-wordpress-")), "export-wordpress.xml");
  await writeFile(file, smallExport());
  await signIn(page, SEEDED_ADMIN);
  // The sitemap, served from cache before the import, must list the imported articles after it.
  expect(await request.get("/sitemap.xml").then((answer) => answer.text())).not.toContain(slug);

  await page.getByRole("link", { name: "Import WordPress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import WordPress" })).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByLabel(/Fichier d’export de WordPress/).setInputFiles(file);
  await page.getByRole("button", { name: "Envoyer et faire un essai à blanc" }).click();

  // The dry run: its report, and nothing written yet.
  await expect(page.getByRole("heading", { level: 2, name: "Ce que l’import ferait" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Articles : 2 dans l’export ; 2 à créer/)).toBeVisible();
  expect((await request.get(`/actualites/${slug}`)).status()).toBe(404);
  await expectNoAxeViolation(page);

  await page.getByRole("button", { name: "Importer ces articles" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ce que l’import a fait" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Articles : 2 dans l’export ; 2 créés/)).toBeVisible();
  await expect(page.getByText(/Anciennes adresses qui redirigent vers les nouvelles : [1-9]/)).toBeVisible();
  // The import dropped the public caches it touched, on this instance and through PostgreSQL.
  await expect.poll(async () => (await request.get("/sitemap.xml").then((answer) => answer.text())).includes(`/actualites/${slug}`), { timeout: 5_000 }).toBe(true);

  // One permanent redirect from each old address, with or without its slash, and from ?p=.
  for (const old of [`/2021/06/12/${slug}/`, `/2021/06/12/${slug}`, "/?p=501"]) {
    const answer = await request.get(old, { maxRedirects: 0 });
    expect(answer.status(), old).toBe(308);
    expect(answer.headers().location, old).toBe(`/actualites/${slug}`);
  }
  // The old site's feed keeps its subscribers.
  const feed = await request.get("/feed/", { maxRedirects: 0 });
  expect([feed.status(), feed.headers().location]).toEqual([308, "/flux/rss.xml"]);
  // An address that was never a permalink still loses its slash in one redirect, and a 404 stays one.
  const slashed = await request.get("/nous-contacter/", { maxRedirects: 0 });
  expect([slashed.status(), slashed.headers().location]).toEqual([308, "/nous-contacter"]);
  expect((await request.get(`/2021/06/12/inconnu-${stamp}/`)).status()).toBe(404);

  // A reader follows the old link from the other imported article.
  await page.goto(`/2021/06/13/resultats-${stamp}/`);
  await expect(page).toHaveURL(new RegExp(`/actualites/resultats-${stamp}$`));
  await page.getByRole("link", { name: "le récit de la fête" }).click();
  await expect(page).toHaveURL(new RegExp(`/actualites/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Fête du sport ${stamp}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Le programme" })).toBeVisible();
});
