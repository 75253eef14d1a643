"use client";

import { useEffect, useRef } from "react";

/**
 * The outcome of an action that reloaded the page (a redirect after disabling, deleting…): it
 * takes the focus like AdminForm's alert does, so that keyboard and screen-reader users hear it.
 */
export function ActionNotice({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="fr-alert fr-alert--success fr-alert--sm fr-mb-4w">
      <p>{message}</p>
    </div>
  );
}
