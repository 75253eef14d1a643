/**
 * The permission matrix for reads: every back-office page, called as Next.js calls it for a
 * request, by each kind of visitor. Nobody signed in (or a disabled account, or an ended
 * session) is sent to the sign-in page; a role the page is not for gets a 404; the others get the
 * page — whatever the menu shows, each page checks for itself.
 */
import { describe, expect, it } from "vitest";
import DashboardPage from "@/app/admin/(espace)/page";
import ArticlesPage from "@/app/admin/(espace)/articles/page";
import RevisionsPage from "@/app/admin/(espace)/articles/[id]/versions/page";
import AccountPage from "@/app/admin/(espace)/compte/page";
import TwoFactorPage from "@/app/admin/(espace)/compte/double-authentification/page";
import AuditLogPage from "@/app/admin/(espace)/journal/page";
import MailsPage from "@/app/admin/(espace)/courriels/page";
import MailPage from "@/app/admin/(espace)/courriels/[id]/page";
import TagsPage from "@/app/admin/(espace)/mots-cles/page";
import NewTagPage from "@/app/admin/(espace)/mots-cles/nouveau/page";
import EditTagPage from "@/app/admin/(espace)/mots-cles/[id]/page";
import PeoplePage from "@/app/admin/(espace)/personnes/page";
import NewPersonPage from "@/app/admin/(espace)/personnes/nouvelle/page";
import PersonPage from "@/app/admin/(espace)/personnes/[id]/page";
import SettingsPage from "@/app/admin/(espace)/reglages/page";
import CategoriesPage from "@/app/admin/(espace)/rubriques/page";
import NewCategoryPage from "@/app/admin/(espace)/rubriques/nouvelle/page";
import EditCategoryPage from "@/app/admin/(espace)/rubriques/[id]/page";
import SitesPage from "@/app/admin/(espace)/sites/page";
import StatisticsPage from "@/app/admin/(espace)/statistiques/page";
import ArticleStatisticsPage from "@/app/admin/(espace)/statistiques/[id]/page";
import NewSitePage from "@/app/admin/(espace)/sites/nouveau/page";
import EditSitePage from "@/app/admin/(espace)/sites/[id]/page";
import WordPressImportsPage from "@/app/admin/(espace)/import-wordpress/page";
import WordPressImportRunPage from "@/app/admin/(espace)/import-wordpress/[id]/page";
import { prisma } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { createArticle, resetDatabase } from "../../factories";
import { createCast, VISITORS, type Cast, type Visitor } from "../../support/matrix";
import { resetRequest } from "../../support/request";

type Fixtures = { cast: Cast; siteId: string; categoryId: string; tagId: string; articleId: string; mailId: string; importId: string };
type PageCall = (fixtures: Fixtures) => Promise<unknown>;

const query = (values: Record<string, string> = {}) => Promise.resolve(values);
const withId = (id: string) => ({ params: Promise.resolve({ id }), searchParams: query() });

const SIGNED_IN: Visitor[] = ["auteur", "autre auteur", "éditeur", "administrateur"];
const EDITORS: Visitor[] = ["éditeur", "administrateur"];
const ADMINS: Visitor[] = ["administrateur"];
/** whoever may read the author's article: the author, editors and admins */
const READERS_OF_AUTHORS_ARTICLE: Visitor[] = ["auteur", "éditeur", "administrateur"];

const PAGES: { name: string; allowed: Visitor[]; call: PageCall }[] = [
  { name: "tableau de bord", allowed: SIGNED_IN, call: () => DashboardPage() },
  { name: "mon compte", allowed: SIGNED_IN, call: () => AccountPage({ searchParams: query() }) },
  { name: "double authentification", allowed: SIGNED_IN, call: () => TwoFactorPage() },
  { name: "articles", allowed: SIGNED_IN, call: () => ArticlesPage({ searchParams: query() }) },
  { name: "corbeille", allowed: SIGNED_IN, call: () => ArticlesPage({ searchParams: query({ statut: "TRASH" }) }) },
  { name: "versions d’un article", allowed: READERS_OF_AUTHORS_ARTICLE, call: ({ articleId }) => RevisionsPage(withId(articleId)) },
  { name: "rubriques", allowed: EDITORS, call: () => CategoriesPage({ searchParams: query() }) },
  { name: "nouvelle rubrique", allowed: EDITORS, call: () => NewCategoryPage() },
  { name: "fiche d’une rubrique", allowed: EDITORS, call: ({ categoryId }) => EditCategoryPage(withId(categoryId)) },
  { name: "mots-clés", allowed: EDITORS, call: () => TagsPage({ searchParams: query() }) },
  { name: "nouveau mot-clé", allowed: EDITORS, call: () => NewTagPage() },
  { name: "fiche d’un mot-clé", allowed: EDITORS, call: ({ tagId }) => EditTagPage(withId(tagId)) },
  { name: "personnes", allowed: ADMINS, call: () => PeoplePage({ searchParams: query() }) },
  { name: "nouvelle personne", allowed: ADMINS, call: () => NewPersonPage() },
  { name: "fiche d’une personne", allowed: ADMINS, call: ({ cast }) => PersonPage(withId(cast.editor.id)) },
  { name: "sites", allowed: ADMINS, call: () => SitesPage({ searchParams: query() }) },
  { name: "nouveau site", allowed: ADMINS, call: () => NewSitePage() },
  { name: "fiche d’un site", allowed: ADMINS, call: ({ siteId }) => EditSitePage(withId(siteId)) },
  { name: "réglages", allowed: ADMINS, call: () => SettingsPage() },
  { name: "journal", allowed: ADMINS, call: () => AuditLogPage({ searchParams: query() }) },
  { name: "statistiques", allowed: SIGNED_IN, call: () => StatisticsPage({ searchParams: query({ periode: "7" }) }) },
  { name: "statistiques d’un article", allowed: SIGNED_IN, call: ({ articleId }) => ArticleStatisticsPage(withId(articleId)) },
  { name: "courriels", allowed: ADMINS, call: () => MailsPage({ searchParams: query() }) },
  { name: "courriels en échec", allowed: ADMINS, call: () => MailsPage({ searchParams: query({ etat: "echec" }) }) },
  { name: "fiche d’un courriel", allowed: ADMINS, call: ({ mailId }) => MailPage({ params: Promise.resolve({ id: mailId }) }) },
  { name: "import WordPress", allowed: ADMINS, call: () => WordPressImportsPage({ searchParams: query() }) },
  { name: "un essai d’import WordPress", allowed: ADMINS, call: ({ importId }) => WordPressImportRunPage({ params: Promise.resolve({ id: importId }) }) },
];

/** What a request for the page gets: the page, a redirect (and where), or a 404. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    // The permission checks are the page's first lines: what it returns is the page.
    return (await call()) ? "page" : "nothing";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirection vers ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw error;
  }
}

describe("matrix: every back-office page checks the session and the role itself", () => {
  for (const page of PAGES) {
    for (const visitor of VISITORS) {
      const expected = page.allowed.includes(visitor)
        ? "page"
        : ["anonyme", "compte désactivé", "session révoquée"].includes(visitor)
          ? "redirection vers /admin/connexion"
          : "404";
      it(`${page.name} — ${visitor} : ${expected}`, async () => {
        resetRequest();
        await resetDatabase();
        const cast = await createCast(visitor);
        const [site, category, tag] = await Promise.all([
          prisma.site.create({ data: { name: "Siège", addressLines: ["9, rue Carnot"], postcode: "69450", city: "SAINT-CYR", phone: "04 72 53 18 50" } }),
          prisma.category.create({ data: { slug: "recherche", name: "Recherche" } }),
          prisma.tag.create({ data: { slug: "europe", name: "Europe" } }),
        ]);
        const article = await createArticle({ authorId: cast.author.id, categoryId: category.id, status: "DRAFT" });
        const mail = await prisma.$transaction((tx) => queueMail(tx, { kind: "PASSWORD_LINK", to: "jeanne@example.fr", subject: "Lien", text: "Lien", html: "<p>Lien</p>" }));
        const run = await prisma.wordPressImport.create({ data: { fileName: "export.xml", fileSha256: "0".repeat(64), dryRun: true, status: "DONE" } });
        const fixtures = { cast, siteId: site.id, categoryId: category.id, tagId: tag.id, articleId: article.id, mailId: mail.id.toString(), importId: run.id };
        expect(await outcome(() => page.call(fixtures))).toBe(expected);
      });
    }
  }
});
