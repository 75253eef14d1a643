import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSettings } from "@/lib/public/site";

// Every back-office page depends on who asks: never prerendered at build time, where there is no
// database (the metadata's settings read could otherwise run before a page's own request data
// marked it dynamic, and fail the build now and then).
export const dynamic = "force-dynamic";

/** The back office is never indexed nor announced: no feeds, no canonical URL. */
export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return {
    title: { default: "Administration", template: `%s – Administration | ${settings.shortName}` },
    robots: { index: false, follow: false, googleBot: { index: false, follow: false } },
    alternates: null,
    openGraph: null,
  };
}

export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
