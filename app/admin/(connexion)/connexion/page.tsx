import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { paths } from "@/lib/paths";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Connexion" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getActor()) redirect(target);
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion à l’administration</h1>
        <p>Cet espace est réservé aux agents chargés des actualités du site.</p>
        <SignInForm callbackUrl={target === paths.admin.home() ? undefined : target} />
        <p className="fr-mt-4w fr-text--sm">
          Mot de passe oublié ou compte bloqué ? Un administrateur du site peut vous envoyer un lien pour choisir un nouveau mot de passe, ou débloquer votre compte.
        </p>
      </div>
    </div>
  );
}
