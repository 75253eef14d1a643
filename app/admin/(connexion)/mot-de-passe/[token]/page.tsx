import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { inspectLink } from "@/lib/auth/password-links";
import { paths } from "@/lib/paths";
import { ChoosePasswordForm } from "./ChoosePasswordForm";
import { LINK_FAILURES } from "./messages";

// The token is a credential: never sent on to another site in a Referer header.
export const metadata: Metadata = { title: "Choisir un mot de passe", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ChoosePasswordPage({ params }: Props) {
  // Read at every visit, never from a cache: a link's state changes when it is used.
  await connection();
  const { token } = await params;
  // Inspecting does not consume: a mail scanner opening the link leaves it working.
  const link = await inspectLink(token);
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Choisir un mot de passe</h1>
        {link.status === "valid" ? (
          <>
            <p>
              Bonjour {link.name}, {link.purpose === "INVITATION" ? "bienvenue dans l’administration du site. Choisissez" : "choisissez"} le mot de passe
              avec lequel vous vous connecterez. Ce lien ne sert qu’une fois.
            </p>
            <ChoosePasswordForm token={token} />
          </>
        ) : (
          <>
            <div className="fr-alert fr-alert--error fr-mb-4w">
              <p>{LINK_FAILURES[link.status]}</p>
            </div>
            <p>
              <Link className="fr-link" href={paths.admin.signIn()}>
                Aller à la page de connexion
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
