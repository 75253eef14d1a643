"use client";

import { ErrorContent } from "@/components/errors/ErrorContent";

/** A page outside the public and back-office groups failed to render. */
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu">
      <ErrorContent digest={error.digest} reset={reset} />
    </main>
  );
}
