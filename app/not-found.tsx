import type { Metadata } from "next";
import { NotFoundContent } from "@/components/errors/NotFoundContent";

export const metadata: Metadata = {
  title: "Page non trouvée",
  robots: { index: false },
};

/**
 * What notFound() renders inside a page, within the layouts above it: a public page's already
 * draws the header and footer, so this holds the message alone. It is what the browser draws after
 * a client-side navigation; a document's 404 is the server-rendered app/global-not-found.tsx
 * (scripts/not-found-document.cjs replaces Next.js's empty error document with it).
 */
export default function NotFound() {
  return <NotFoundContent />;
}
