import type { Page } from "@playwright/test";

/**
 * Editor steps shared by the browser tests and scripts/bench-publish.ts (which runs outside the
 * test runner: hence `waitFor` rather than `expect`). Each step does what a member of staff does.
 */

export const publication = (page: Page) => page.getByRole("region", { name: "Publication" });

export async function waitUntilSaved(page: Page): Promise<void> {
  await publication(page).getByText(/^Enregistré à \d+:\d+$/).waitFor({ timeout: 15_000 });
}

export type Draft = { title: string; excerpt: string; text: string; category: string; tag: string };

/** Writes a new article and saves it; gives its id and its address (slug). */
export async function writeDraft(page: Page, draft: Draft): Promise<{ id: string; slug: string }> {
  await page.goto("/admin/articles/nouveau");
  await page.getByLabel("Titre", { exact: true }).fill(draft.title);
  await page.getByLabel("Chapô").fill(draft.excerpt);
  await page.getByLabel("Rubrique").selectOption({ label: draft.category });
  const tags = page.getByRole("combobox", { name: "Mots-clés" });
  await tags.fill(draft.tag);
  await tags.press("Enter");
  await page.getByRole("button", { name: `Retirer le mot-clé ${draft.tag}` }).waitFor();
  await page.getByRole("textbox", { name: "Corps de l'article" }).click();
  await page.keyboard.type(draft.text);
  await publication(page).getByRole("button", { name: "Enregistrer", exact: true }).click();
  await waitUntilSaved(page);
  await page.waitForURL(/\/admin\/articles\/[a-z0-9]{20,}$/);
  return { id: page.url().split("/").pop()!, slug: await page.getByLabel("Adresse", { exact: true }).inputValue() };
}

/** Clicks a publication button; gives performance.now() taken just before the click. */
export async function press(page: Page, name: string): Promise<number> {
  const button = publication(page).getByRole("button", { name, exact: true });
  await button.waitFor();
  const since = performance.now();
  await button.click();
  return since;
}

/** New title and address for a published article, saved as its working copy (not public yet). */
export async function retitle(page: Page, title: string, slug: string): Promise<void> {
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Modifier l’adresse" }).click();
  await page.getByLabel("Adresse", { exact: true }).fill(slug);
  await publication(page).getByRole("button", { name: "Enregistrer", exact: true }).click();
  await waitUntilSaved(page);
}

/** "Dépublier", then the confirmation; gives performance.now() taken just before the confirmation. */
export async function unpublish(page: Page): Promise<number> {
  await publication(page).getByRole("button", { name: "Dépublier", exact: true }).click();
  const yes = page.getByRole("button", { name: "Oui, dépublier" });
  await yes.waitFor();
  const since = performance.now();
  await yes.click();
  return since;
}

/** A word no article contains, for the search check: lower-case letters only. */
export function uniqueWord(prefix: string): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return prefix + Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
}
