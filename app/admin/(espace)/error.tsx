"use client";

import { ErrorContent } from "@/components/errors/ErrorContent";
import { paths } from "@/lib/paths";

/** A back-office page failed: the header stays, the person sees French words and the reference logged. */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent digest={error.digest} reset={reset} homeHref={paths.admin.home()} />;
}
