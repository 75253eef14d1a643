"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { paths } from "@/lib/paths";
import { MASTODON_INSTANCE_ERROR, mastodonShareUrl, parseMastodonInstance } from "@/lib/shares/channels";
import { sendShareBeacon } from "./beacon";
import { useEnhanced } from "./use-enhanced";

/**
 * Mastodon has no central share page: the reader names their instance. Without JavaScript this is
 * a GET form to the site, which checks the instance, counts and redirects there; with JavaScript
 * the same check runs here and the instance's share page opens in a new window.
 */
export function MastodonForm({ path, url, title }: { path: string; url: string; title: string }) {
  const enhanced = useEnhanced();
  const [error, setError] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!enhanced) return;
    event.preventDefault();
    const host = parseMastodonInstance(input.current?.value ?? "");
    if (!host) {
      setError(MASTODON_INSTANCE_ERROR);
      input.current?.focus();
      return;
    }
    setError("");
    sendShareBeacon(path, "MASTODON");
    window.open(mastodonShareUrl(host, { title, url }), "_blank", "noopener,noreferrer");
  }

  return (
    <form method="get" action={paths.shareOnMastodon()} onSubmit={onSubmit} noValidate className="kiosque-share__mastodon fr-mt-2w">
      <input type="hidden" name="page" value={path} />
      <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={inputId}>
          Partager sur Mastodon : votre instance
          <span className="fr-hint-text">Par exemple : mastodon.social</span>
        </label>
        <div className="kiosque-share__mastodon-row">
          <input
            ref={input}
            className={`fr-input${error ? " fr-input--error" : ""}`}
            id={inputId}
            name="instance"
            type="text"
            inputMode="url"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          <button type="submit" className="fr-btn fr-btn--tertiary fr-icon-mastodon-fill fr-btn--icon-left">
            Partager sur Mastodon
            {enhanced && (
              <>
                {" "}
                <span className="fr-sr-only">(nouvelle fenêtre)</span>
              </>
            )}
          </button>
        </div>
        {error && (
          <p id={errorId} className="fr-error-text">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
