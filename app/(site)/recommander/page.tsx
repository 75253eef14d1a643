import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { getSettings } from "@/lib/public/site";
import { issueFormToken } from "@/lib/recommend/form-token";
import { MESSAGE_MAX_LENGTH, SENDER_NAME_MAX_LENGTH } from "@/lib/recommend/schema";
import { isRecommendationFormOpen } from "@/lib/recommend/availability";
import { resolveSharedPage } from "@/lib/recommend/shared-page";
import { paths } from "@/lib/urls";
import { RecommendForm } from "./RecommendForm";

// Per request: the form carries the moment it was shown (lib/recommend/form-token.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Envoyer à un proche",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function RecommendPage({ searchParams }: Props) {
  const { page: requested } = await searchParams;
  const page = typeof requested === "string" ? await resolveSharedPage(requested) : null;
  if (!page) notFound();
  const settings = await getSettings();
  const enabled = await isRecommendationFormOpen();

  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb
        segments={[
          { label: "Accueil", href: paths.home() },
          ...(page.path === paths.home() ? [] : [{ label: page.title, href: page.path }]),
        ]}
        current="Envoyer à un proche"
      />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Envoyer à un proche</h1>
          <p>Recommandez par courriel cette page du site {settings.siteName} :</p>
          <div className="fr-callout fr-mb-4w">
            <p className="fr-callout__title">{page.title}</p>
            {page.excerpt && <p className="fr-callout__text">{page.excerpt}</p>}
            <p className="fr-mt-2w">
              <Link href={page.path}>Revenir à la page</Link>
            </p>
          </div>
          {enabled ? (
            <RecommendForm page={page.path} token={issueFormToken(page.path)} messageMaxLength={MESSAGE_MAX_LENGTH} nameMaxLength={SENDER_NAME_MAX_LENGTH} />
          ) : (
            <div className="fr-alert fr-alert--info">
              <p>L’envoi de recommandations par courriel n’est pas proposé pour le moment. Vous pouvez copier l’adresse de la page pour la partager.</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

