import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/session";
import { getSettings } from "@/lib/public/site";
import { signOutAction } from "@/app/admin/sign-out";
import { AdminHeader } from "./AdminHeader";
import { adminSections } from "./admin-navigation";

/** Header, main landmark and a plain footer for the back office, with or without a signed-in person. */
export async function AdminChrome({ actor, children }: { actor: Actor | null; children: ReactNode }) {
  const settings = await getSettings();
  return (
    <>
      <SkipLinks links={[{ anchor: "#contenu", label: "Contenu" }]} />
      <AdminHeader
        siteName={settings.siteName}
        ministry={settings.ministry}
        person={actor ? { name: actor.name } : null}
        sections={adminSections(actor)}
        signOut={signOutAction}
      />
      <main id="contenu" tabIndex={-1} className="kiosque-main fr-container fr-my-6w">
        {children}
      </main>
    </>
  );
}
