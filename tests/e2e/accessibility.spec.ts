import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  accueil: "/",
  actualites: "/actualites",
  "actualites page 2": "/actualites?page=2",
  article: "", // resolved from the seed below
  contact: "/nous-contacter",
  accessibilite: "/accessibilite",
  "mentions légales": "/mentions-legales",
  "plan du site": "/plan-du-site",
  rubrique: "/rubriques/partenariats",
  "mot-clé": "/mots-cles/securite-privee",
  recherche: "/recherche?q=securite",
  "recherche sans résultat": "/recherche?q=xylophone",
  "page 404": "/page-qui-n-existe-pas",
};

for (const [name, path] of Object.entries(pages)) {
  test(`axe finds no WCAG 2.1 A/AA violation on ${name}`, async ({ page }) => {
    const { seedSlugs } = await import("./seed-slugs");
    await page.goto(path || `/actualites/${seedSlugs.reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });
}
