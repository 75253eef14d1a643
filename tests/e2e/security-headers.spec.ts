import { expect, test } from "@playwright/test";
import { seedSlugs } from "./seed-slugs";

const PAGES = ["/", "/actualites", `/actualites/${seedSlugs.reference}`, "/rubriques/partenariats", "/nous-contacter", "/recherche?q=securite", "/admin/connexion"];

// Every violation the page meets, recorded before any of its own scripts runs.
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
};

test("every page carries the security headers, and its policy allows no inline script but its own", async ({ request }) => {
  for (const path of PAGES) {
    const headers = (await request.get(path)).headers();
    const policy = headers["content-security-policy"] ?? "";
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy, path).toContain(directive);
    expect(policy, path).toMatch(/form-action 'self'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // Served over http here: no HSTS (it is sent when SITE_URL is https).
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  // Responses that are not pages get the policy too, without hashes.
  const feed = (await request.get("/flux/rss.xml")).headers()["content-security-policy"] ?? "";
  expect(feed).toContain("script-src 'self'");
});

test("pages run their scripts under the policy: no violation, the share panel works", async ({ page }) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
  }
  await page.goto(`/actualites/${seedSlugs.reference}`);
  // The disclosure button exists only once React has hydrated the panel.
  const toggle = page.getByRole("button", { name: "Recommander cette page" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});

test("an injected inline script is refused by the policy of a cached page", async ({ page }) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  const path = `/actualites/${seedSlugs.reference}`;
  await page.goto(path);
  await page.goto(path);
  const cache = await page.evaluate(async (url) => (await fetch(url)).headers.get("x-nextjs-cache"), path);
  expect(cache).toBe("HIT");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).join(" ")).toContain("script-src");
});
