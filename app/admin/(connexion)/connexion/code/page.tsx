import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { pendingSecondFactor } from "@/lib/auth/challenges";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { SECOND_FACTOR_COOKIE } from "@/lib/auth/second-factor-cookie";
import { paths } from "@/lib/paths";
import { CodeForm } from "./CodeForm";

export const metadata: Metadata = { title: "Code de vérification" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SecondFactorPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const pending = await pendingSecondFactor((await cookies()).get(SECOND_FACTOR_COOKIE)?.value);
  const target = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Vérification en deux étapes</h1>
        {pending ? (
          <>
            <p>Votre compte est protégé par la double authentification. Saisissez le code de votre application pour terminer la connexion.</p>
            <CodeForm callbackUrl={target === paths.admin.home() ? undefined : target} />
          </>
        ) : (
          <>
            <p>Cette étape de connexion a expiré ou n’existe pas.</p>
            <p>
              <Link className="fr-link" href={paths.admin.signIn()}>
                Recommencer la connexion
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
