import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/SiteChrome";

/** The preview shows an article in the public site's own header and footer, as readers would see it. */
export default function PreviewLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
