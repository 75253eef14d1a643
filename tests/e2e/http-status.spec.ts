import { expect, test } from "@playwright/test";

// Slugs from prisma/seed-data: non-published statuses must answer 404 like unknown slugs.
test.describe("HTTP answers of the public site", () => {
  test("listing pages: valid pages 200, out-of-range or malformed 404", async ({ request }) => {
    expect((await request.get("/actualites")).status()).toBe(200);
    expect((await request.get("/actualites?page=2")).status()).toBe(200);
    for (const page of ["999", "0", "-1", "abc", "2.5", "01"]) {
      expect((await request.get(`/actualites?page=${page}`)).status(), `page=${page}`).toBe(404);
    }
    expect((await request.get("/actualites?categorie=inconnue")).status()).toBe(404);
  });

  test("every 404 is the French page rendered on the server, with one header and one h1", async ({ request }) => {
    // A page's notFound() (an unknown article, category or listing page), an address no route
    // knows, an old-looking one with its slash, and Next.js's own /_not-found.
    const paths = ["/actualites/cet-article-n-existe-pas", "/rubriques/inconnue", "/actualites?page=999", "/recherche?page=2", "/page-qui-n-existe-pas", "/2021/06/12/inconnu/", "/_not-found"];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html, path).not.toContain("__next_error__");
      expect(html, path).toContain('<html lang="fr"');
      expect(html.match(/<h1[\s>]/g) ?? [], path).toHaveLength(2); // the theme dialog's, and the page's
      expect(html, path).toContain("<h1>Page non trouvée</h1>");
      expect(html.match(/<header[\s>]/g) ?? [], path).toHaveLength(1);
      expect(html.match(/<main[\s>]/g) ?? [], path).toHaveLength(1);
      expect(html, path).toContain('<meta name="robots" content="noindex"/>');
    }
  });

  test("an old slug answers a permanent redirect to the current one", async ({ request }) => {
    const { seedSlugs } = await import("./seed-slugs");
    const response = await request.get(`/actualites/${seedSlugs.oldSlug}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    expect(response.headers().location).toBe(`/actualites/${seedSlugs.reference}`);
  });

  test("seeded articles never published are 404, archived ones 410", async ({ request }) => {
    const { seedSlugs } = await import("./seed-slugs");
    expect(seedSlugs.withdrawn.length).toBeGreaterThan(0);
    expect(seedSlugs.hidden.length).toBeGreaterThan(seedSlugs.withdrawn.length);
    for (const slug of seedSlugs.hidden) {
      const expected = seedSlugs.withdrawn.includes(slug) ? 410 : 404;
      expect((await request.get(`/actualites/${slug}`)).status(), slug).toBe(expected);
    }
  });

  test("media are served by the app with a long cache", async ({ request }) => {
    const { seedSlugs } = await import("./seed-slugs");
    const response = await request.get(`/medias/${seedSlugs.referenceImageKey}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/jpeg");
    expect(response.headers()["cache-control"]).toContain("immutable");
    expect((await request.get("/medias/../../etc/passwd")).status()).toBe(404);
  });
});
