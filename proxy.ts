import { NextResponse, type NextRequest } from "next/server";

// WordPress's own query forms of an address (lib/wordpress/legacy-path.ts).
const WORDPRESS_QUERY = /(?:^|[?&])(?:p|page_id|cat|tag|attachment_id|feed)=/;

/**
 * Routing only, never authorisation (every back-office page and action checks the session itself):
 * an address ending with a slash, or the root with `?p=123` and the like, goes to
 * app/(site)/ancienne-adresse, which answers an imported WordPress permalink with one 308, and any
 * other trailing slash with one 308 to the address without it (next.config.ts turns off Next.js's
 * own redirect, which would come first and make an old permalink cost two).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const trailingSlash = pathname.length > 1 && pathname.endsWith("/");
  const wordpressQuery = (pathname === "/" || pathname === "/index.php") && WORDPRESS_QUERY.test(search);
  if (!trailingSlash && !wordpressQuery) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = "/ancienne-adresse";
  target.search = `?chemin=${encodeURIComponent(`${pathname}${search}`)}`;
  return NextResponse.rewrite(target);
}

export const config = {
  // Not for built assets and media (never an old address), nor the back office and the APIs: Next.js
  // holds the body of every request it passes through here (10 MB at most), and uploads are bigger.
  matcher: ["/((?!_next/|medias/|admin/|api/).*)"],
};
