import type { Metadata } from "next";
import { NotFoundContent } from "@/components/errors/NotFoundContent";
import { SiteChrome } from "@/components/layout/SiteChrome";

export const metadata: Metadata = {
  title: "Page non trouvée",
  robots: { index: false },
};

/**
 * What notFound() renders inside a page. It is part of every page's tree, cached pages included,
 * so it may read cached data but never a request-time API (app/global-not-found.tsx answers
 * unknown URLs).
 */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
