import type { Metadata } from "next";
import Link from "next/link";
import { adminSections } from "@/components/admin/admin-navigation";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Tableau de bord" };

export default async function DashboardPage() {
  const actor = await requireActorForPage();
  const sections = adminSections(actor).filter((section) => section.href !== paths.admin.home());
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
      {sections.length > 0 && (
        <section aria-labelledby="rubriques-admin">
          <h2 id="rubriques-admin">Que souhaitez-vous faire ?</h2>
          <ul className="fr-grid-row fr-grid-row--gutters kiosque-plain-list">
            {sections.map((section) => (
              <li key={section.href} className="fr-col-12 fr-col-md-4">
                <div className="fr-tile fr-enlarge-link">
                  <div className="fr-tile__body">
                    <div className="fr-tile__content">
                      <h3 className="fr-tile__title">
                        <Link href={section.href}>{section.label}</Link>
                      </h3>
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="fr-mt-4w">
        <Link className="fr-link" href={paths.admin.account()}>
          Mon compte : nom, mot de passe, double authentification
        </Link>
      </p>
    </>
  );
}
