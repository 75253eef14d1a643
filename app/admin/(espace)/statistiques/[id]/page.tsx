import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminTable } from "@/components/admin/AdminTable";
import { BackLink } from "@/components/admin/BackLink";
import { ChannelCells, ChannelHeaders } from "@/components/admin/statistics/ChannelCells";
import { PeriodSwitch, periodPhrase } from "@/components/admin/statistics/PeriodSwitch";
import { recommendationsText, ShareChart } from "@/components/admin/statistics/ShareChart";
import { idField } from "@/lib/admin/fields";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { articleShareSeries, channelsUsed, DEFAULT_PERIOD, periodSchema, type Period } from "@/lib/shares/queries";

export const metadata: Metadata = { title: "Statistiques d’un article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withPeriod = (path: string, period: Period) => (period === DEFAULT_PERIOD ? path : `${path}?periode=${period}`);

export default async function ArticleStatisticsPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "statistics.read");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const parsed = periodSchema.safeParse((await searchParams).periode);
  const period = parsed.success ? parsed.data : DEFAULT_PERIOD;
  const series = await articleShareSeries(actor, id.data, period);
  if (!series) notFound();
  const { article, buckets, unit, total, byChannel } = series;
  const channels = channelsUsed([byChannel]);
  const unitWord = unit === "day" ? "Jour" : "Mois";

  return (
    <>
      <BackLink href={withPeriod(paths.admin.statistics(), period)}>Toutes les statistiques</BackLink>
      <h1>Recommandations : {article.title}</h1>
      <p>
        {article.isPublic ? <Link href={paths.article(article.slug)}>Voir l’article sur le site</Link> : "Cet article n’est plus en ligne."}
      </p>
      {!parsed.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{parsed.error.issues[0]?.message} Les chiffres des 30 derniers jours sont affichés.</p>
        </div>
      )}
      <PeriodSwitch current={period} href={(value) => withPeriod(paths.admin.articleStatistics(article.id), value)} />
      <p className="fr-text--lead">
        {capitalized(recommendationsText(total))} sur {periodPhrase(period)}.
      </p>
      <ShareChart buckets={buckets} unit={unit} title={`Recommandations de « ${article.title} » ${unit === "day" ? "par jour" : "par mois"}`} />
      <AdminTable caption={`Recommandations de l’article ${unit === "day" ? "par jour" : "par mois"} sur ${periodPhrase(period)}, par canal`} hideCaption={false}>
        <thead>
          <tr>
            <th scope="col">{unitWord}</th>
            <ChannelHeaders channels={channels} />
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.start}>
              <th scope="row">{bucket.longLabel}</th>
              <ChannelCells channels={channels} counts={bucket.byChannel} total={bucket.total} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <ChannelCells channels={channels} counts={byChannel} total={total} />
          </tr>
        </tfoot>
      </AdminTable>
    </>
  );
}
