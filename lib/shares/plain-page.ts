import "server-only";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A bare French HTML page for the few answers of route handlers that a person reads (the
 * no-JavaScript Mastodon form's error, its confirmation): a title, a paragraph, links.
 */
export function plainPage(status: number, title: string, paragraph: string, links: { href: string; label: string; external?: boolean }[]): Response {
  const items = links
    .map((link) => `<li><a href="${escape(link.href)}"${link.external ? ' rel="noopener noreferrer"' : ""}>${escape(link.label)}</a></li>`)
    .join("");
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(paragraph)}</p><ul>${items}</ul></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" },
  });
}
