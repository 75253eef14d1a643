import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { SiteForm } from "../SiteForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Nouveau site" };

export default async function NewSitePage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "site.manage");
  return (
    <>
      <BackLink href={paths.admin.sites()}>Tous les sites</BackLink>
      <h1>Nouveau site</h1>
      <p>Il s’ajoute à la fin de la liste de la page « Nous contacter » ; vous pourrez ensuite le déplacer.</p>
      <SiteForm />
    </>
  );
}
