"use client";

import { sendShareBeacon } from "./beacon";
import { useBrowserCan } from "./use-enhanced";

/** The system's share sheet (Web Share API), where the browser has one: phones mostly. */
export function ShareSheetItem({ path, url, title, excerpt }: { path: string; url: string; title: string; excerpt: string }) {
  const canShare = useBrowserCan(() => typeof navigator.share === "function");
  if (!canShare) return null;
  return (
    <li>
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-icon-share-forward-line fr-btn--icon-left"
        onClick={async () => {
          try {
            await navigator.share({ title, text: excerpt, url });
            sendShareBeacon(path, "SHARE_SHEET");
          } catch {
            // Closed without sharing (AbortError) or refused: nothing was shared, nothing to count.
          }
        }}
      >
        Partager via une application
      </button>
    </li>
  );
}
