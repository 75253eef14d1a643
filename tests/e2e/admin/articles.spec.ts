import { expect, test, type Page } from "@playwright/test";
import { createAccount, expectNoAxeViolation, query, signIn } from "./support";

const EARLIER = "« Contribution territoriale au continuum de sécurité » : parution d’un ouvrage collectif";

async function newArticle(page: Page, title: string) {
  await page.goto("/admin/articles/nouveau");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Chapô").fill("Les élèves commissaires ont rencontré les acteurs de la sécurité privée de la région.");
  const body = page.getByRole("textbox", { name: "Corps de l'article" });
  await body.click();
  return body;
}

async function saved(page: Page) {
  await expect(page.getByRole("region", { name: "Publication" }).getByText(/^Enregistré à \d+:\d+$/)).toBeVisible({ timeout: 15_000 });
}

async function articleIdFrom(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]{20,}$/);
  return page.url().split("/").pop()!;
}

test("an author writes an article with headings, a link to an earlier article and a credited image; an editor publishes it; readers see it everywhere", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const author = await createAccount("AUTHOR", "redaction");
  await signIn(page, author);
  const title = `Rencontre avec la sécurité privée ${Date.now()}`;
  const body = await newArticle(page, title);

  await page.keyboard.type("Réunis à l’école hier, les partenaires ont présenté leur ouvrage (");
  await page.keyboard.type("voir notre article précédent");
  for (let i = 0; i < "voir notre article précédent".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("ControlOrMeta+k");
  const linkPanel = page.getByRole("region", { name: "Insérer un lien" });
  await linkPanel.getByLabel("Lier à un article du site").fill("ouvrage collectif");
  await linkPanel.getByRole("button", { name: new RegExp(`^Lier à « ${EARLIER.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} »`) }).click();
  await body.click();
  await page.keyboard.press("End");
  await page.keyboard.type(").");
  await page.keyboard.press("Enter");
  const toolbar = page.getByRole("toolbar", { name: "Mise en forme du corps de l'article" });
  await toolbar.getByRole("button", { name: "Intertitre de niveau 2" }).click();
  await page.keyboard.type("Quel bilan dressez-vous de cette matinée ?");
  await page.keyboard.press("Enter");
  await page.keyboard.type("« Très riche. Les contributeurs sont venus nombreux. »");
  await page.keyboard.press("Enter");
  await toolbar.getByRole("button", { name: "Insérer une image" }).click();
  const chooser = page.getByRole("dialog");
  await chooser.getByRole("button", { name: /^Insérer l’image « Illustration : un amphithéâtre/ }).click();
  await expect(body.locator("img")).toHaveCount(1);
  await saved(page);
  const id = await articleIdFrom(page);

  // The accessibility panel finds nothing to fix; the author submits.
  await expect(page.getByRole("region", { name: "Accessibilité du contenu" })).toContainText("Aucun problème détecté");
  await page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Soumettre à la relecture", exact: true }).click();
  await expect(page.getByText("En relecture", { exact: false }).first()).toBeVisible();
  expect((await query<{ status: string }>(`SELECT status FROM "Article" WHERE id = $1`, [id]))[0]?.status).toBe("IN_REVIEW");

  // An editor publishes it from the dashboard's review list.
  const editor = await createAccount("EDITOR", "relecture");
  const context = await browser.newContext({ locale: "fr-FR" });
  const editorPage = await context.newPage();
  await signIn(editorPage, editor);
  await editorPage.getByRole("region", { name: "Articles à relire" }).getByRole("link", { name: title }).click();
  await editorPage.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Publier", exact: true }).click();
  await expect(editorPage.getByText("Article publié : il est en ligne.")).toBeVisible();
  await context.close();

  const slug = (await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  await page.goto(`/actualites/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 2, name: "Quel bilan dressez-vous de cette matinée ?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "voir notre article précédent" })).toHaveAttribute("href", /^\/actualites\/un-ouvrage-collectif/);
  await expect(page.locator("article figure").filter({ hasText: "© ENSP" })).toHaveCount(1);
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/actualites");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  expect(await (await request.get("/flux/rss.xml")).text()).toContain(title);
});

test("a published article's public page does not change while it is edited, and changes at once on « Mettre à jour »", async ({ page, request }) => {
  const editor = await createAccount("EDITOR", "mise-a-jour");
  await signIn(page, editor);
  const { id, slug, title } = (await query<{ id: string; slug: string; title: string }>(
    `SELECT id, slug, title FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY "publishedAt" DESC LIMIT 1 OFFSET 3`,
  ))[0]!;
  await request.get(`/actualites/${slug}`);
  await page.goto(`/admin/articles/${id}`);
  const corrected = `${title} (corrigé)`;
  await page.getByLabel("Titre", { exact: true }).fill(corrected);
  await page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Enregistrer", exact: true }).click();
  await saved(page);
  expect(await (await request.get(`/actualites/${slug}`)).text()).not.toContain(corrected);
  await page.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Mettre à jour", exact: true }).click();
  await expect.poll(async () => (await (await request.get(`/actualites/${slug}`)).text()).includes(corrected), { timeout: 5_000 }).toBe(true);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`/actualites/${slug}</loc>`);
});

test("an article scheduled a few seconds ahead appears on the site at its time", async ({ page, request }) => {
  test.setTimeout(90_000);
  const editor = await createAccount("EDITOR", "programmation");
  await signIn(page, editor);
  const title = `Programmé à la seconde ${Date.now()}`;
  await newArticle(page, title);
  await page.keyboard.type("Un texte court pour un article programmé.");
  await saved(page);
  const at = new Date(Date.now() + 15_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const publication = page.getByRole("region", { name: "Publication" });
  await publication.getByRole("button", { name: "Programmer", exact: true }).click();
  await page.getByLabel("Date de publication").fill(`${parts.year}-${parts.month}-${parts.day}`);
  await page.getByLabel("Heure de publication").fill(`${parts.hour}:${parts.minute}:${parts.second}`);
  await page.getByRole("button", { name: "Valider la programmation" }).click();
  await expect(page.getByRole("region", { name: "Publication" }).getByText(/Publication prévue le/)).toBeVisible();

  expect(await (await request.get("/actualites")).text()).not.toContain(title);
  const slug = (await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE title = $1`, [title]))[0]!.slug;
  // Asked for before its time, the article is unknown (and that answer is cached)...
  expect((await request.get(`/actualites/${slug}`)).status()).toBe(404);
  const started = Date.now();
  await expect.poll(async () => (await (await request.get("/actualites")).text()).includes(title), { timeout: 40_000, intervals: [500] }).toBe(true);
  // Visible within a few seconds of its time (public caches end at the next scheduled instant, with a 5 s floor).
  expect(Date.now() - at.getTime()).toBeLessThan(10_000);
  // ...and its page answers too once the time has come, without any write.
  await expect.poll(async () => (await request.get(`/actualites/${slug}`)).status(), { timeout: 10_000, intervals: [500] }).toBe(200);
  expect(await (await request.get("/flux/rss.xml")).text()).toContain(title);
  expect(Date.now()).toBeGreaterThan(started);
});

test("two tabs editing the same article: the second save shows both versions, and nothing typed is lost", async ({ browser }) => {
  const author = await createAccount("AUTHOR", "deux-onglets");
  const context = await browser.newContext({ locale: "fr-FR" });
  const first = await context.newPage();
  await signIn(first, author);
  await newArticle(first, "Deux onglets");
  await first.keyboard.type("Texte de départ.");
  await saved(first);
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);

  await first.getByLabel("Titre", { exact: true }).fill("Titre du premier onglet");
  await saved(first);
  await second.getByLabel("Titre", { exact: true }).fill("Titre du second onglet");
  await second.getByRole("region", { name: "Publication" }).getByRole("button", { name: "Enregistrer", exact: true }).click();
  const conflict = second.getByRole("region", { name: "Cet article a été enregistré ailleurs entre-temps" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("article", { name: "Votre version" })).toContainText("Titre du second onglet");
  await expect(conflict.getByRole("article", { name: "Version enregistrée" })).toContainText("Titre du premier onglet");
  await conflict.getByRole("button", { name: "Garder ma version" }).click();
  await saved(second);
  const id = url.split("/").pop()!;
  expect((await query<{ title: string }>(`SELECT title FROM "Article" WHERE id = $1`, [id]))[0]?.title).toBe("Titre du second onglet");

  // Someone else opening it sees who is editing it, and since when.
  const editor = await createAccount("EDITOR", "presence");
  const other = await browser.newContext({ locale: "fr-FR" });
  const editorPage = await other.newPage();
  await signIn(editorPage, editor);
  await editorPage.goto(url);
  await expect(editorPage.getByText(/modifie cet article depuis/)).toContainText(author.name);
  await other.close();
  await context.close();
});

test("text typed while the network is down is kept in the browser and offered back", async ({ browser }) => {
  const author = await createAccount("AUTHOR", "hors-ligne");
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, author);
  const body = await newArticle(page, "Écrit hors ligne");
  await page.keyboard.type("Premier paragraphe enregistré.");
  await saved(page);
  const url = page.url();

  // The network goes: every request fails, and the browser says it is offline.
  await page.route("**/*", (route) => route.abort("internetdisconnected"));
  await context.setOffline(true);
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Phrase écrite pendant la coupure du réseau.");
  await expect(page.getByText("Hors ligne : vos modifications sont gardées dans ce navigateur")).toBeVisible({ timeout: 15_000 });
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);
  const id = url.split("/").pop()!;
  expect((await query<{ body: string }>(`SELECT body::text FROM "Article" WHERE id = $1`, [id]))[0]?.body).not.toContain("coupure du réseau");

  const again = await context.newPage();
  await again.goto(url);
  const offer = again.getByRole("alert").filter({ hasText: "Une version non enregistrée de cet article est gardée dans ce navigateur" });
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "Reprendre" }).click();
  await expect(again.getByRole("textbox", { name: "Corps de l'article" })).toContainText("Phrase écrite pendant la coupure du réseau.");
  await saved(again);
  await context.close();
});

test("a revision is restored, and a deleted article answers 410 Gone", async ({ page, request }) => {
  const editor = await createAccount("EDITOR", "versions");
  await signIn(page, editor);
  await newArticle(page, "Première version du titre");
  await page.keyboard.type("Texte.");
  const publication = page.getByRole("region", { name: "Publication" });
  await publication.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await saved(page);
  const id = await articleIdFrom(page);
  await page.getByLabel("Titre", { exact: true }).fill("Seconde version du titre");
  await publication.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await saved(page);

  await page.goto(`/admin/articles/${id}/versions`);
  await expectNoAxeViolation(page);
  await page.getByLabel("Version de départ").selectOption({ index: 1 });
  await page.getByLabel("Version d’arrivée").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Comparer" }).click();
  await expect(page.locator("#comparaison ins").first()).toContainText("Seconde");
  await page.getByRole("button", { name: /^Restaurer cette version/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await expect(page.getByLabel("Titre", { exact: true })).toHaveValue("Première version du titre");

  // Published, then put in the trash: its URL answers 410 Gone.
  await publication.getByRole("button", { name: "Publier", exact: true }).click();
  await expect(page.getByText("Article publié : il est en ligne.")).toBeVisible();
  const slug = (await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  expect((await request.get(`/actualites/${slug}`)).status()).toBe(200);
  await publication.getByRole("button", { name: "Mettre à la corbeille", exact: true }).click();
  await page.getByRole("button", { name: "Oui, mettre à la corbeille" }).click();
  await expect.poll(async () => (await request.get(`/actualites/${slug}`)).status()).toBe(410);
  const gone = await request.get(`/actualites/${slug}`);
  expect(await gone.text()).toContain("Cet article n’est plus en ligne");
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain(`/actualites/${slug}<`);
  expect(await (await request.get("/flux/rss.xml")).text()).not.toContain(`/actualites/${slug}<`);
});

test("axe finds no violation on the newsroom's pages", async ({ page }) => {
  test.setTimeout(90_000);
  const editor = await createAccount("EDITOR", "axe-redaction");
  await signIn(page, editor);
  const { id } = (await query<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY "publishedAt" DESC LIMIT 1`))[0]!;
  const media = (await query<{ id: string }>(`SELECT id FROM "Media" ORDER BY "createdAt" LIMIT 1`))[0]!.id;
  for (const path of ["/admin", "/admin/articles", "/admin/articles?statut=TRASH", "/admin/articles/nouveau", `/admin/articles/${id}`, `/admin/articles/${id}/versions`, `/admin/articles/${id}/apercu`, "/admin/medias", `/admin/medias/${media}`]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expectNoAxeViolation(page);
    });
  }
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("toolbar", { name: "Mise en forme du corps de l'article" }).getByRole("button", { name: "Insérer une image" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoAxeViolation(page);
});
