"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { paths } from "@/lib/paths";
import { restoreRevisionAction } from "../../actions";

type Props = {
  articleId: string;
  /** the article's version when the page was drawn: a restore over someone's newer save is refused */
  version: number;
  revisionId: string;
  /** which version, for screen readers: "du 3 décembre 2026 à 14 h 32" */
  description: string;
};

/** Makes a revision the content being edited again, then opens the editor on it. */
export function RestoreRevisionButton({ articleId, version, revisionId, description }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const restore = () => {
    setError(null);
    startTransition(async () => {
      const result = await restoreRevisionAction({ id: articleId, version, revisionId });
      if (result.status === "success") router.push(paths.admin.article(articleId));
      else
        setError(
          result.conflict
            ? "Cet article a été modifié depuis l’ouverture de cette page : rechargez-la pour voir ses dernières versions, puis restaurez de nouveau celle-ci."
            : result.message,
        );
    });
  };

  return (
    <>
      <button type="button" className="fr-btn fr-btn--secondary fr-icon-arrow-go-back-line fr-btn--icon-left" onClick={restore} disabled={pending} aria-disabled={pending}>
        {pending ? "Restauration…" : "Restaurer cette version"} <span className="fr-sr-only">{description}</span>
      </button>
      {error && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="fr-alert fr-alert--error fr-alert--sm fr-mt-2w">
          <p>{error}</p>
        </div>
      )}
    </>
  );
}
