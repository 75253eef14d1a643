import type { Metadata } from "next";
import Link from "next/link";
import { MANDATORY_TWO_FACTOR_MESSAGE, startTwoFactorEnrollment } from "@/lib/admin/account/commands";
import { qrCodeDrawing } from "@/lib/admin/account/qr-code";
import { getOwnTwoFactorStatus } from "@/lib/admin/account/queries";
import type { Actor } from "@/lib/auth/session";
import { requireActorForPage } from "@/lib/auth/session";
import { RECOVERY_CODE_COUNT } from "@/lib/auth/totp-codes";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { DisableForm, EnrollForm, RenewCodesForm } from "./TwoFactorForms";

export const metadata: Metadata = { title: "Double authentification" };

export default async function TwoFactorPage() {
  // An admin whom the settings oblige to enrol may see this page, and nothing else, until then.
  const actor = await requireActorForPage({ allowPendingTwoFactor: true });
  const status = await getOwnTwoFactorStatus(actor);
  return (
    <>
      <h1>Double authentification</h1>
      {actor.mustEnrollTwoFactor && (
        <div className="fr-alert fr-alert--warning fr-mb-4w">
          <p>
            Les réglages du site exigent la double authentification pour les administrateurs : activez-la sur votre compte pour accéder au
            reste de l’administration. Cela prend deux minutes, avec votre téléphone.
          </p>
        </div>
      )}
      <p>
        Avec la double authentification, chaque connexion demande, après le mot de passe, un code à 6 chiffres affiché par une application
        de votre téléphone. Un mot de passe volé ne suffit plus pour entrer.
      </p>
      {status.enabledAt ? (
        <Management enabledAt={status.enabledAt} remaining={status.remainingRecoveryCodes} mandatory={status.mandatory} />
      ) : (
        <Enrollment actor={actor} />
      )}
      {!actor.mustEnrollTwoFactor && (
        <p className="fr-mt-4w">
          <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={paths.admin.account()}>
            Retour à mon compte
          </Link>
        </p>
      )}
    </>
  );
}

async function Enrollment({ actor }: { actor: Actor }) {
  const enrollment = await startTwoFactorEnrollment(actor);
  const qr = qrCodeDrawing(enrollment.uri);
  return (
    <section aria-labelledby="activer">
      <h2 id="activer">Activer la double authentification</h2>
      <EnrollForm
        continueHref={actor.mustEnrollTwoFactor ? paths.admin.home() : paths.admin.account()}
        continueLabel={actor.mustEnrollTwoFactor ? "J’ai conservé mes codes : accéder à l’administration" : "J’ai conservé mes codes : revenir à mon compte"}
      >
        <ol className="fr-mb-4w">
          <li className="fr-mb-2w">
            Installez sur votre téléphone une application d’authentification, si vous n’en avez pas déjà une : par exemple FreeOTP, Aegis,
            Microsoft Authenticator ou Google Authenticator.
          </li>
          <li className="fr-mb-2w">
            <p className="fr-mb-1w">Dans l’application, ajoutez un compte en scannant ce code QR :</p>
            <svg
              role="img"
              aria-labelledby="code-qr-titre"
              viewBox={`0 0 ${qr.size} ${qr.size}`}
              width={256}
              height={256}
              shapeRendering="crispEdges"
              className="fr-mb-1w"
            >
              <title id="code-qr-titre">Code QR pour votre application d’authentification : il contient la clé écrite en clair juste après.</title>
              <rect width={qr.size} height={qr.size} fill="#ffffff" />
              <path d={qr.path} fill="#000000" />
            </svg>
            <p className="fr-mb-1w">Vous ne pouvez pas le scanner ? Ajoutez le compte à la main avec ces informations :</p>
            <ul>
              <li>
                Clé : <code className="fr-text--lg">{enrollment.manualKey}</code>
              </li>
              <li>Émetteur : {enrollment.issuer}</li>
              <li>Compte : {enrollment.account}</li>
              <li>Type : basé sur l’heure (TOTP), 6 chiffres, toutes les 30 secondes</li>
            </ul>
            <p className="fr-text--sm fr-mb-0">
              Sur le téléphone qui porte l’application, vous pouvez aussi{" "}
              <a href={enrollment.uri}>ouvrir ce compte directement dans l’application</a>.
            </p>
          </li>
          <li>Saisissez le code à 6 chiffres que l’application affiche alors, puis activez.</li>
        </ol>
      </EnrollForm>
    </section>
  );
}

function Management({ enabledAt, remaining, mandatory }: { enabledAt: Date; remaining: number; mandatory: boolean }) {
  return (
    <>
      <p>
        <span className="fr-badge fr-badge--success fr-badge--no-icon">Activée</span> depuis le {formatDateTimeFr(enabledAt)}.
      </p>
      <section aria-labelledby="codes-de-secours" className="fr-mb-6w">
        <h2 id="codes-de-secours">Codes de secours</h2>
        <p>
          Sans votre téléphone, vous pouvez vous connecter avec l’un de vos codes de secours, une fois chacun.{" "}
          {remaining === 0
            ? "Il ne vous en reste aucun."
            : remaining === 1
              ? "Il ne vous en reste qu’un."
              : `Il vous en reste ${remaining} sur ${RECOVERY_CODE_COUNT}.`}
        </p>
        {remaining <= 3 && (
          <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
            <p>
              {remaining === 0 ? "Vous n’avez plus de code de secours" : "Il vous reste peu de codes de secours"} : renouvelez-les et conservez les
              nouveaux en lieu sûr.
            </p>
          </div>
        )}
        <p>Renouveler vos codes en crée {RECOVERY_CODE_COUNT} nouveaux ; les anciens cessent aussitôt de fonctionner.</p>
        <RenewCodesForm />
      </section>
      <section aria-labelledby="desactiver">
        <h2 id="desactiver">Désactiver la double authentification</h2>
        {mandatory ? (
          <p>{MANDATORY_TWO_FACTOR_MESSAGE}</p>
        ) : (
          <>
            <p>Votre compte ne sera plus protégé que par son mot de passe. Vos codes de secours seront effacés.</p>
            <DisableForm />
          </>
        )}
      </section>
    </>
  );
}
