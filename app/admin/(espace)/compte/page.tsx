import type { Metadata } from "next";
import Link from "next/link";
import { getOwnAccount } from "@/lib/admin/account/queries";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { NameForm, PasswordForm, SignOutEverywhereForm } from "./AccountForms";

export const metadata: Metadata = { title: "Mon compte" };

// What the actions that leave this page (by a redirect) come back to say.
const NOTICES: Record<string, string> = {
  "mot-de-passe-modifie": "Votre mot de passe est modifié. Vos sessions sur les autres appareils sont terminées ; celle-ci reste ouverte.",
  "double-authentification-desactivee": "La double authentification est désactivée sur votre compte.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  const account = await getOwnAccount(actor);
  const { info } = await searchParams;
  const notice = typeof info === "string" && Object.hasOwn(NOTICES, info) ? NOTICES[info] : undefined;
  return (
    <>
      <h1>Mon compte</h1>
      {notice && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-4w" role="status">
          <p>{notice}</p>
        </div>
      )}
      <ul className="fr-mb-4w">
        <li>Adresse électronique : {account.email}</li>
        <li>Rôle : {ROLE_LABELS[account.role]}</li>
        {account.lastSignInAt && <li>Dernière connexion : le {formatDateTimeFr(account.lastSignInAt)}</li>}
      </ul>
      <p className="fr-text--sm">Pour changer d’adresse électronique ou de rôle, adressez-vous à un administrateur du site.</p>

      <section aria-labelledby="compte-nom" className="fr-mb-6w">
        <h2 id="compte-nom">Nom</h2>
        <NameForm name={account.name} />
      </section>

      <section aria-labelledby="compte-mot-de-passe" className="fr-mb-6w">
        <h2 id="compte-mot-de-passe">Mot de passe</h2>
        <p>
          {account.passwordChangedAt ? `Modifié le ${formatDateTimeFr(account.passwordChangedAt)}. ` : ""}
          Changer de mot de passe termine vos sessions sur les autres appareils ; celle-ci reste ouverte.
        </p>
        <PasswordForm email={account.email} />
      </section>

      <section aria-labelledby="compte-double-authentification" className="fr-mb-6w">
        <h2 id="compte-double-authentification">Double authentification</h2>
        {account.totpEnabledAt ? (
          <>
            <p>
              <span className="fr-badge fr-badge--success fr-badge--no-icon">Activée</span>
            </p>
            <p>
              Depuis le {formatDateTimeFr(account.totpEnabledAt)}, chaque connexion demande aussi un code de votre application
              d’authentification.
            </p>
            <p>
              <Link className="fr-link" href={paths.admin.twoFactor()}>
                Gérer la double authentification (codes de secours, désactivation)
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>
              <span className="fr-badge fr-badge--warning fr-badge--no-icon">Désactivée</span>
            </p>
            <p>
              Avec la double authentification, un mot de passe volé ne suffit plus : chaque connexion demande aussi un code affiché par une
              application de votre téléphone.
            </p>
            <p>
              <Link className="fr-btn" href={paths.admin.twoFactor()}>
                Activer la double authentification
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="compte-sessions">
        <h2 id="compte-sessions">Appareils connectés</h2>
        <p>
          Un ordinateur partagé, un téléphone perdu ? Terminez toutes vos sessions ouvertes, y compris celle-ci : il faudra vous reconnecter
          partout.
        </p>
        <SignOutEverywhereForm />
      </section>
    </>
  );
}
