import { expect, test, type Page } from "@playwright/test";
import { createAccount, query, tabTo } from "./support";

/**
 * The school's interview (../shared/reference/ensp-news-page.txt), rewritten from sign-in to
 * publication with the keyboard alone: no click, no mouse. Every step is one a member of staff
 * who cannot use a pointer takes.
 */

const TITLE = `Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » ! (clavier ${Date.now()})`;
const QUESTIONS = [
  ["Quel bilan dressez-vous de cette matinée de rencontres ?", "« Très riche. Malgré les contraintes sanitaires, de nombreux contributeurs sont venus. »"],
  ["Qu’attendiez-vous de cet évènement ?", "« Nous sommes très satisfaits. La réception dans ce lieu symbolique est un encouragement. »"],
] as const;

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

test("the school's interview is written, illustrated, linked and published with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  const editor = await createAccount("EDITOR", "clavier-redaction");

  await page.goto("/admin/connexion");
  await tabTo(page, "input[name=email]");
  await page.keyboard.type(editor.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(editor.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin$/);

  // From the dashboard to a new article.
  await tabTo(page, 'a[href="/admin/articles/nouveau"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/articles\/nouveau$/);

  await tabTo(page, "#champ-titre");
  await page.keyboard.type(TITLE);
  await tabTo(page, "#champ-chapo");
  await page.keyboard.type("Les rédacteurs de la « Contribution territoriale au continuum de sécurité » ont présenté leur ouvrage à l’école.");

  // The body: an introduction with a link to the earlier article, then questions and answers.
  await tabTo(page, '[contenteditable="true"]');
  await page.keyboard.type("Réunis à l’ENSP hier, les rédacteurs se sont rencontrés pour une présentation officielle de l’ouvrage (");
  const linkText = "voir notre article précédent";
  await page.keyboard.type(linkText);
  for (let i = 0; i < linkText.length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Control+k");
  const linkPanel = page.getByRole("region", { name: "Insérer un lien" });
  await expect(linkPanel.getByLabel("Lier à un article du site")).toBeFocused();
  await page.keyboard.type("ouvrage collectif");
  await expect(linkPanel.getByRole("list", { name: "Articles trouvés" }).getByRole("button")).toHaveCount(1);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect.poll(() => focused(page, '[contenteditable="true"]')).toBe(true);
  await page.keyboard.press("End");
  await page.keyboard.type(").");
  for (const [question, answer] of QUESTIONS) {
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+Alt+2");
    await page.keyboard.type(question);
    await page.keyboard.press("Enter");
    await page.keyboard.type(answer);
  }

  // Alt+F10 moves from the text to its toolbar (the usual rich-text convention); the arrows walk it.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Alt+F10");
  const activeText = () => page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') ? document.activeElement.textContent?.trim() : null);
  await expect.poll(activeText).not.toBeNull();
  for (let i = 0; i < 20 && (await activeText()) !== "Insérer une image"; i++) await page.keyboard.press("ArrowRight");
  expect(await activeText()).toBe("Insérer une image");
  await page.keyboard.press("Enter");
  const chooser = page.getByRole("dialog");
  await expect(chooser).toBeVisible();
  await tabTo(page, 'dialog button[aria-label^="Insérer l’image « Illustration : un amphithéâtre"]');
  await page.keyboard.press("Enter");
  await expect(chooser).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Corps de l'article" }).locator("img")).toHaveCount(1);

  // The main image, from its own field.
  await tabTo(page, "#champ-image-principale button", 120);
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Choisir une image");
  await page.keyboard.press("Enter");
  await expect(chooser).toBeVisible();
  await tabTo(page, 'dialog button[aria-label^="Choisir l’image « Illustration : un amphithéâtre"]');
  await page.keyboard.press("Enter");
  await expect(chooser).toBeHidden();

  // The category with the arrows, a tag by typing.
  await tabTo(page, "#champ-rubrique", 120);
  await page.keyboard.press("Home");
  await page.keyboard.type("Partenariats");
  await expect(page.getByLabel("Rubrique")).toHaveValue(await page.getByLabel("Rubrique").locator("option", { hasText: "Partenariats" }).getAttribute("value") ?? "");
  await tabTo(page, 'input[role="combobox"]');
  await page.keyboard.type("sécurité privée");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Retirer le mot-clé sécurité privée" })).toBeVisible();

  // Publish: Shift+Tab back up to the publication box.
  const publish = page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Publier", exact: true });
  for (let i = 0; i < 150 && !(await publish.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press("Shift+Tab");
  await expect(publish).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Dépublier", exact: true })).toBeVisible();

  const { slug } = (await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE title = $1 AND status = 'PUBLISHED'`, [TITLE]))[0]!;
  await page.goto(`/actualites/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  for (const [question, answer] of QUESTIONS) {
    await expect(page.getByRole("heading", { level: 2, name: question })).toBeVisible();
    await expect(page.getByText(answer)).toBeVisible();
  }
  await expect(page.getByRole("link", { name: linkText })).toHaveAttribute("href", /^\/actualites\/un-ouvrage-collectif/);
  await expect(page.locator("article figure").filter({ hasText: "© ENSP" }).first()).toBeVisible();
});
