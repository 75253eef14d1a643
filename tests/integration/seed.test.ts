import { access, stat } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { seedDatabase, type SeedResult } from "@/prisma/seed";

const REFERENCE_SLUG = "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-communication";
const EARLIER_SLUG = "un-ouvrage-collectif-sur-le-continuum-de-securite";
const OLD_SLUG = "continuum-de-securite-il-ne-s-agit-pas-d-un-coup-de-com";
const REFERENCE_TITLE = "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !";
const ADMIN_EMAIL = "admin@kiosque.localhost";

// DATABASE_URL and KIOSQUE_DATA_DIR point at this file's own empty database and temporary directory.
const uploadsDir = path.resolve(process.env.KIOSQUE_DATA_DIR ?? "data", "uploads");

async function counts() {
  const [articles, users, media, categories, tags, articleTags, redirects, sites, settings] = await Promise.all([
    prisma.article.count(),
    prisma.user.count(),
    prisma.media.count(),
    prisma.category.count(),
    prisma.tag.count(),
    prisma.articleTag.count(),
    prisma.slugRedirect.count(),
    prisma.site.count(),
    prisma.siteSettings.count(),
  ]);
  return { articles, users, media, categories, tags, articleTags, redirects, sites, settings };
}

describe("seedDatabase", () => {
  let first: SeedResult;

  beforeAll(async () => {
    expect(await prisma.article.count()).toBe(0);
    first = await seedDatabase(prisma, { uploadsDir, adminEmail: ADMIN_EMAIL, demo: true });
  }, 60_000);

  it("seeds an empty database and returns the generated admin password once", async () => {
    expect(first.seeded).toBe(true);
    expect(first.generatedAdminPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const admin = await prisma.user.findUnique({ where: { email: ADMIN_EMAIL }, omit: { passwordHash: false } });
    expect(admin?.role).toBe("ADMIN");
    expect(admin?.name).toBe("Administrateur");
    expect(await verifyPassword(admin?.passwordHash ?? "", first.generatedAdminPassword ?? "")).toBe(true);
    expect(await prisma.user.count({ where: { role: "EDITOR" } })).toBe(1);
    expect(await prisma.user.count({ where: { role: "AUTHOR" } })).toBe(1);
  });

  it("creates the reference article faithfully, with its hero image and old slug", async () => {
    const article = await prisma.article.findUnique({
      where: { slug: REFERENCE_SLUG },
      include: { heroImage: true, category: true, oldSlugs: true, tags: { include: { tag: true } } },
    });
    expect(article?.title).toBe(REFERENCE_TITLE);
    expect(article?.excerpt).toBe(
      "Réunis à l’ENSP hier, les 23 rédacteurs de la « Contribution Territoriale au Continuum de Sécurité » se sont rencontrés pour une présentation officielle de l’ouvrage. C’est la première fois que l’ENSP accueille autant d’experts de la sécurité issus de milieux aussi diverses (institutions régionales, réseaux professionnels et entreprises rhônalpines, élus locaux, étudiants…) et le pari est réussi !",
    );
    expect(article?.status).toBe("PUBLISHED");
    expect(article?.publishedAt?.toISOString()).toBe("2021-10-15T07:30:00.000Z");
    expect(article?.category.slug).toBe("partenariats");
    expect(article?.tags.map((t) => t.tag.slug)).toContain("securite-privee");
    expect(article?.heroImage?.credit).toBe("© ENSP");
    expect(article?.heroImage?.alt).toMatch(/^Illustration/);
    expect(article?.heroImage?.storageKey).toBe("seed/continuum-securite.jpg");
    expect(article?.oldSlugs.map((r) => r.oldSlug)).toEqual([OLD_SLUG]);

    const body = JSON.stringify(article?.body);
    expect(body).toContain(`"href":"/actualites/${EARLIER_SLUG}"`);
    expect(body).toContain('"href":"https://www.convictio.fr/"');
    expect(body).toContain("Engagée dans un partenariat avec la sécurité privée depuis près de dix ans");

    const earlier = await prisma.article.findUnique({ where: { slug: EARLIER_SLUG } });
    expect(earlier?.status).toBe("PUBLISHED");
    expect(earlier!.publishedAt!.getTime()).toBeLessThan(article!.publishedAt!.getTime());
  });

  it("creates the two sites exactly as on the reference page, and the settings", async () => {
    const sites = await prisma.site.findMany({ orderBy: { position: "asc" } });
    expect(
      sites.map(({ name, addressLines, postcode, city, addressLayout, phone, isHeadquarters }) => ({
        name,
        addressLines,
        postcode,
        city,
        addressLayout,
        phone,
        isHeadquarters,
      })),
    ).toEqual([
      {
        name: "Siège et Site de Saint-Cyr-Au-Mont-d'Or",
        addressLines: ["9, rue Carnot"],
        postcode: "69450",
        city: "SAINT-CYR-AU-MONT-D'OR",
        addressLayout: "BLOCK",
        phone: "04 72 53 18 50",
        isHeadquarters: true,
      },
      {
        name: "Site de Cannes-Écluse",
        addressLines: ["BP 50097"],
        postcode: "77875",
        city: "MONTEREAU Cedex",
        addressLayout: "INLINE",
        phone: "01 64 69 35 00",
        isHeadquarters: false,
      },
    ]);
    const settings = await prisma.siteSettings.findUnique({ where: { id: 1 } });
    expect(settings?.siteName).toBe("École nationale supérieure de la police");
    expect(settings?.shortName).toBe("ENSP");
    expect(settings?.articlesPerPage).toBe(12);
  });

  it("creates at least 32 published articles and one in each other status", async () => {
    expect(await prisma.article.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(32);
    for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"] as const) {
      expect(await prisma.article.count({ where: { status } }), status).toBeGreaterThanOrEqual(1);
    }
    const scheduled = await prisma.article.findFirst({ where: { status: "SCHEDULED" } });
    expect(scheduled!.publishedAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await prisma.article.count({ where: { status: { in: ["DRAFT", "IN_REVIEW"] }, publishedAt: { not: null } } })).toBe(0);
    expect(await prisma.article.count({ where: { status: "PUBLISHED", revisedAt: { not: null } } })).toBeGreaterThanOrEqual(1);
  });

  it("copies the images into the uploads directory, with their dimensions", async () => {
    const media = await prisma.media.findMany();
    expect(media.length).toBeGreaterThanOrEqual(5);
    for (const item of media) {
      const file = path.join(uploadsDir, item.storageKey);
      await access(file);
      expect((await stat(file)).size).toBe(item.sizeBytes);
      expect(item).toMatchObject({ mimeType: "image/jpeg", width: 1600, height: 900, credit: "© ENSP" });
    }
  });

  it("does nothing on a database that already has content", async () => {
    const before = await counts();
    const second = await seedDatabase(prisma, {
      uploadsDir,
      adminEmail: "someone-else@kiosque.localhost",
      adminPassword: "un mot de passe assez long",
      demo: true,
    });
    expect(second).toEqual({ seeded: false, essentials: false, demo: false });
    expect(await counts()).toEqual(before);
    expect(await prisma.user.findUnique({ where: { email: "someone-else@kiosque.localhost" } })).toBeNull();
  });
});
