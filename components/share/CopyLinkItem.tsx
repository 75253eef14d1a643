"use client";

import { useState } from "react";
import type { ClientChannel } from "@/lib/shares/channels";
import { sendShareBeacon } from "./beacon";
import { useBrowserCan } from "./use-enhanced";

const COPY: ClientChannel = "COPY";

/**
 * "Copier le lien": only once JavaScript runs and the clipboard exists (without them the page's
 * address bar does the same). The outcome is written in a live region, read by screen readers.
 */
export function CopyLinkItem({ path, url }: { path: string; url: string }) {
  const canCopy = useBrowserCan(() => Boolean(navigator.clipboard));
  const [status, setStatus] = useState("");
  if (!canCopy) return null;
  return (
    <li className="kiosque-share__copy">
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-icon-links-line fr-btn--icon-left"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setStatus("Lien copié dans le presse-papiers.");
            sendShareBeacon(path, COPY);
          } catch {
            setStatus("Impossible de copier le lien : sélectionnez l’adresse de la page pour la copier.");
          }
        }}
      >
        Copier le lien
      </button>
      <p className="fr-text--sm fr-mb-0 kiosque-share__status" role="status">
        {status}
      </p>
    </li>
  );
}
