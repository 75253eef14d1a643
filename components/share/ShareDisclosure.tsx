"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { CLIENT_CHANNELS, type ClientChannel } from "@/lib/shares/channels";
import { sendShareBeacon } from "./beacon";
import { useEnhanced } from "./use-enhanced";

// Whatever can take the focus in the list of entries (the close button comes before it).
const FIRST_ENTRY = ["a[href]", "button:not([disabled])", "input:not([type='hidden']):not([disabled])"].map((selector) => `ul ${selector}`).join(", ");

function isClientChannel(value: string | undefined): value is ClientChannel {
  return (CLIENT_CHANNELS as readonly string[]).includes(value ?? "");
}

/**
 * "Recommander cette page". The server renders a heading and the list of links, visible: that is
 * the page without JavaScript. Once JavaScript runs, the heading becomes a disclosure button and
 * the list a panel it opens: focus goes into the panel, Escape and "Fermer" close it and give the
 * focus back to the button. A click on a link marked `data-share-channel` is counted.
 */
export function ShareDisclosure({ path, children }: { path: string; children: ReactNode }) {
  const enhanced = useEnhanced();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const focusOnOpen = useRef(false);

  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    panel.current?.querySelector<HTMLElement>(FIRST_ENTRY)?.focus();
  }, [open]);

  // One listener for every link: each carries its channel, so links stay plain server-rendered <a>.
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const count = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLElement>("a[data-share-channel]");
      const channel = link?.dataset.shareChannel;
      if (isClientChannel(channel)) sendShareBeacon(path, channel);
    };
    element.addEventListener("click", count);
    return () => element.removeEventListener("click", count);
  }, [path]);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  useEffect(() => {
    const element = section.current;
    if (!element || !enhanced) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || toggle.current?.getAttribute("aria-expanded") !== "true") return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    element.addEventListener("keydown", onKey);
    return () => element.removeEventListener("keydown", onKey);
  }, [enhanced]);

  return (
    <section ref={section} className="kiosque-share fr-mt-6w" aria-labelledby={headingId}>
      <h2 id={headingId} className="fr-h6 fr-mb-1w">
        {enhanced ? (
          <button
            ref={toggle}
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-share-line fr-btn--icon-left"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => {
              focusOnOpen.current = !open;
              setOpen(!open);
            }}
          >
            Recommander cette page
          </button>
        ) : (
          "Recommander cette page"
        )}
      </h2>
      <div id={panelId} ref={panel} hidden={enhanced && !open} className={enhanced ? "kiosque-share__panel fr-p-3w fr-mt-1w" : undefined}>
        {enhanced && (
          <div className="kiosque-share__close">
            <button type="button" className="fr-btn--close fr-btn" aria-controls={panelId} onClick={close}>
              Fermer
            </button>
          </div>
        )}
        {children}
      </div>
    </section>
  );
}
