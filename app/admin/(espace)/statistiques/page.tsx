import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/AdminTable";
import { ChannelCells, ChannelHeaders } from "@/components/admin/statistics/ChannelCells";
import { PeriodSwitch, periodPhrase } from "@/components/admin/statistics/PeriodSwitch";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { channelsUsed, DEFAULT_PERIOD, mostSharedArticles, mostSharedPages, periodSchema, type Period } from "@/lib/shares/queries";

export const metadata: Metadata = { title: "Statistiques" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const periodHref = (period: Period) => (period === DEFAULT_PERIOD ? paths.admin.statistics() : `${paths.admin.statistics()}?periode=${period}`);

export default async function StatisticsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "statistics.read");
  const parsed = periodSchema.safeParse((await searchParams).periode);
  const period = parsed.success ? parsed.data : DEFAULT_PERIOD;
  const [articles, pages] = await Promise.all([mostSharedArticles(actor, period), mostSharedPages(actor, period)]);
  const channels = channelsUsed(articles.map((article) => article.byChannel));

  return (
    <>
      <h1>Statistiques de partage</h1>
      <p>
        Combien de fois chaque page a été recommandée, et par quel moyen : lien copié, courriel, réseaux sociaux, « Envoyer à un proche ». Les
        chiffres sont comptés sans cookie ni donnée personnelle, par jour (heure de Paris) ; les robots et les clics répétés d’une même adresse ne
        sont pas comptés. Les lecteurs sans JavaScript ne sont comptés que pour Mastodon et « Envoyer à un proche » : ces chiffres sont un minimum.
      </p>
      {!parsed.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{parsed.error.issues[0]?.message} Les chiffres des 30 derniers jours sont affichés.</p>
        </div>
      )}
      <PeriodSwitch current={period} href={periodHref} />

      <h2>Articles les plus recommandés</h2>
      {articles.length === 0 ? (
        <p>Aucun article n’a été recommandé sur {periodPhrase(period)}.</p>
      ) : (
        <AdminTable caption={`Articles les plus recommandés sur ${periodPhrase(period)}, par canal`}>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <ChannelHeaders channels={channels} />
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.articleId}>
                <th scope="row">
                  <Link href={`${paths.admin.articleStatistics(article.articleId)}${period === DEFAULT_PERIOD ? "" : `?periode=${period}`}`}>
                    {article.title}
                  </Link>
                  {!article.isPublic && <span className="fr-text--sm"> (plus en ligne)</span>}
                </th>
                <ChannelCells channels={channels} counts={article.byChannel} total={article.total} />
              </tr>
            ))}
          </tbody>
        </AdminTable>
      )}

      <h2>Autres pages</h2>
      {pages.length === 0 ? (
        <p>Aucune autre page n’a été recommandée sur {periodPhrase(period)}.</p>
      ) : (
        <AdminTable caption={`Autres pages les plus recommandées sur ${periodPhrase(period)}`}>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col" className="fr-cell--right">
                Recommandations
              </th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.page}>
                <th scope="row">
                  <Link href={page.page}>{page.page}</Link>
                </th>
                <td className="fr-cell--right">{page.total.toLocaleString("fr-FR")}</td>
              </tr>
            ))}
          </tbody>
        </AdminTable>
      )}
    </>
  );
}
