import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { policyFor } = require("./content-security-policy.cjs") as { policyFor(html: string, https: boolean): string };

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the Content-Security-Policy of a page", () => {
  it("allows the page's own inline scripts by hash, never 'unsafe-inline', and no script from elsewhere", () => {
    const flight = 'self.__next_f.push([1,"é « »\\n"])';
    const html = `<!doctype html><html><head><script>${flight}</script><script src="/_next/static/chunks/a.js" async></script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><script >document.documentElement.dataset.x=1</script></body></html>`;
    const policy = policyFor(html, false);
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"))!;
    expect(scriptSrc).toContain(sha(flight));
    expect(scriptSrc).toContain(sha("document.documentElement.dataset.x=1"));
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(scriptSrc.startsWith("script-src 'self' ")).toBe(true);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) expect(policy).toContain(directive);
    expect(policy).toMatch(/form-action 'self'/);
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("asks for https subresources when the site is served over https", () => {
    expect(policyFor("", true)).toContain("upgrade-insecure-requests");
  });

  it("gives a page without inline script, or any other response, scripts from the site only", () => {
    expect(policyFor("", false)).toContain("script-src 'self'");
    expect(policyFor("<p>texte</p>", false).split("; ").find((d) => d.startsWith("script-src"))).toBe("script-src 'self'");
  });
});

describe("applyContentSecurityPolicy", () => {
  const { applyContentSecurityPolicy } = require("./content-security-policy.cjs") as { applyContentSecurityPolicy(response: unknown, https: boolean): void };

  async function serve(status: number, method: string, body: string, explicitHead = true) {
    const { ServerResponse, IncomingMessage } = await import("node:http");
    const { Socket } = await import("node:net");
    const request = new IncomingMessage(new Socket());
    request.method = method;
    const response = new ServerResponse(request);
    const sent: Buffer[] = [];
    response.assignSocket(Object.assign(new Socket(), { write: (chunk: Buffer) => (sent.push(Buffer.from(chunk)), true) }) as never);
    applyContentSecurityPolicy(response, false);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (explicitHead) response.writeHead(status);
    else response.statusCode = status;
    response.write(body.slice(0, 10));
    response.end(body.slice(10));
    return response;
  }

  it("holds an HTML page to the end and lists the hashes of its scripts", async () => {
    const response = await serve(200, "GET", "<html><head><script>let a = 1</script></head><body>Bonjour</body></html>");
    expect(response.getHeader("content-security-policy")).toContain(sha("let a = 1"));
    expect(response.headersSent).toBe(true);
  });

  it("sends a page ended without writeHead (Node's implicit header) with its policy", async () => {
    const response = await serve(200, "GET", "<html><head><script>let b = 2</script></head></html>", false);
    expect(response.headersSent).toBe(true);
    expect(response.getHeader("content-security-policy")).toContain(sha("let b = 2"));
  });

  it("leaves a 304 and a HEAD without a policy, so that the page's stored one stays", async () => {
    expect((await serve(304, "GET", "")).getHeader("content-security-policy")).toBeUndefined();
    expect((await serve(200, "HEAD", "")).getHeader("content-security-policy")).toBeUndefined();
  });
});
