import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ArticleStatusBadge } from "@/components/admin/articles/ArticleStatusBadge";
import { getDashboard } from "@/lib/admin/articles/queries";
import { revisionKindLabel } from "@/lib/articles/revision-labels";
import { displayTitle } from "@/lib/articles/status-view";
import { requirePagePermission } from "@/lib/auth/authorize";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Tableau de bord" };

type Item = Awaited<ReturnType<typeof getDashboard>>["drafts"][number];

function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTimeFr(new Date(iso))}</time>;
}

/** One section of the dashboard: a heading, then its articles or a sentence saying there are none. */
function Section({ id, title, items, empty, children, wide = false }: { id: string; title: string; items: Item[]; empty: string; children: (item: Item) => ReactNode; wide?: boolean }) {
  return (
    <section aria-labelledby={id} className={`fr-col-12${wide ? "" : " fr-col-lg-6"}`}>
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id} className="fr-mb-1w">
              <Link href={paths.admin.article(item.id)}>{displayTitle(item.title)}</Link> {children(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function DashboardPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "article.read");
  const dashboard = await getDashboard(actor);

  return (
    <>
      <h1>Bonjour {actor.name}</h1>
      <p className="fr-text--lead">Vous êtes connecté en tant que {ROLE_LABELS[actor.role].toLowerCase()}.</p>
      {!actor.twoFactorEnabled && (
        <div className="fr-notice fr-notice--info fr-mb-4w">
          <div className="fr-container">
            <div className="fr-notice__body">
              <p className="fr-notice__title">
                Protégez votre compte avec la double authentification :{" "}
                <Link href={paths.admin.twoFactor()}>l’activer maintenant</Link>.
              </p>
            </div>
          </div>
        </div>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
        {can(actor, "article.create") && (
          <li>
            <Link className="fr-btn fr-icon-edit-line" href={paths.admin.newArticle()}>
              Écrire un article
            </Link>
          </li>
        )}
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-list-unordered" href={paths.admin.articles()}>
            {dashboard.isReviewer ? "Tous les articles" : "Tous mes articles"}
          </Link>
        </li>
      </ul>

      <div className="fr-grid-row fr-grid-row--gutters">
        <Section id="mes-brouillons" title="Mes brouillons" items={dashboard.drafts} empty="Aucun brouillon en cours.">
          {(item) => (
            <>
              <ArticleStatusBadge status={item.status} isPublic={false} />
              <span className="fr-text--sm kiosque-block">
                Modifié le <Time iso={item.updatedAt} />
              </span>
            </>
          )}
        </Section>
        {dashboard.isReviewer && (
          <>
            <Section id="a-relire" title="Articles à relire" items={dashboard.review} empty="Aucun article n’attend de relecture.">
              {(item) => (
                <span className="fr-text--sm kiosque-block">
                  par {item.authorName}, modifié le <Time iso={item.updatedAt} />
                </span>
              )}
            </Section>
            <Section id="modifications-soumises" title="Modifications soumises" items={dashboard.changes} empty="Aucune modification d’article publié n’attend de relecture.">
              {(item) => (
                <span className="fr-text--sm kiosque-block">
                  article publié de {item.authorName}, modifications du <Time iso={item.updatedAt} />
                </span>
              )}
            </Section>
          </>
        )}
        <Section id="prochaines-publications" title="Prochaines publications" items={dashboard.scheduled} empty="Aucune publication programmée.">
          {(item) => (
            <span className="fr-text--sm kiosque-block">
              {item.publishedAt ? (
                <>
                  le <Time iso={item.publishedAt} />
                </>
              ) : null}
              {dashboard.isReviewer ? `, par ${item.authorName}` : ""}
            </span>
          )}
        </Section>
        <Section id="derniers-publies" title="Derniers articles publiés" items={dashboard.published} empty="Aucun article publié pour l’instant.">
          {(item) => (
            <span className="fr-text--sm kiosque-block">
              {item.publishedAt ? (
                <>
                  publié le <Time iso={item.publishedAt} />
                </>
              ) : null}
              {dashboard.isReviewer ? `, par ${item.authorName}` : ""}
            </span>
          )}
        </Section>
        <section aria-labelledby="activite-recente" className="fr-col-12">
          <h2 id="activite-recente" className="fr-h4">
            Activité récente
          </h2>
          {dashboard.activity.length === 0 ? (
            <p>Aucune activité pour l’instant.</p>
          ) : (
            <ul>
              {dashboard.activity.map((entry) => (
                <li key={entry.id} className="fr-mb-1w">
                  {revisionKindLabel(entry.kind)} de <Link href={paths.admin.article(entry.articleId)}>{displayTitle(entry.title)}</Link> par {entry.authorName}, le{" "}
                  <Time iso={entry.createdAt} />{" "}
                  —{" "}
                  <Link className="fr-text--sm" href={paths.admin.articleRevisions(entry.articleId)}>
                    voir les versions <span className="fr-sr-only">de « {displayTitle(entry.title)} »</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <p className="fr-mt-4w">
        <Link className="fr-link" href={paths.admin.account()}>
          Mon compte : nom, mot de passe, double authentification
        </Link>
      </p>
    </>
  );
}
