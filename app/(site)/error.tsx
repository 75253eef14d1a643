"use client";

import { ErrorContent } from "@/components/errors/ErrorContent";

/** A public page failed to render: the site's header and footer stay, the reader sees French words and a reference. */
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent digest={error.digest} reset={reset} />;
}
