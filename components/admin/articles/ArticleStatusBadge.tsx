import type { ArticleStatus } from "@/lib/articles/status";
import { articleStatusView, pendingChangesText, statusBadgeClass } from "@/lib/articles/status-view";

type Props = { status: ArticleStatus; isPublic: boolean; hasChanges?: boolean; changesSubmitted?: boolean };

/** An article's status as a DSFR badge, and the changes waiting in its working copy, in words. */
export function ArticleStatusBadge({ status, isPublic, hasChanges = false, changesSubmitted = false }: Props) {
  const view = articleStatusView({ status, isPublic });
  const pending = pendingChangesText({ hasChanges, changesSubmitted });
  return (
    <>
      <span className={statusBadgeClass(view)}>{view.label}</span>
      {pending && <span className="fr-text--sm kiosque-block fr-mt-1v">{pending}</span>}
    </>
  );
}
