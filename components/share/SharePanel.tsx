import { getSettings } from "@/lib/public/site";
import { absoluteUrl } from "@/lib/urls";
import { ShareDisclosure } from "./ShareDisclosure";
import { ShareLinks } from "./ShareLinks";

/**
 * "Recommander cette page" at the end of a public page. `path` is the page's canonical path (the
 * first page of a listing, never a query): what is shared, counted and recommended. Only pages a
 * visitor could recommend (lib/recommend/shared-page.ts) carry it: not the search, not errors.
 */
export async function SharePanel({ path, title, excerpt }: { path: string; title: string; excerpt: string }) {
  const settings = await getSettings();
  return (
    <ShareDisclosure path={path}>
      <ShareLinks path={path} url={absoluteUrl(path)} title={title} excerpt={excerpt} siteName={settings.siteName} canRecommend={settings.recommendationsEnabled} />
    </ShareDisclosure>
  );
}
