import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { TagForm } from "../TagForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Nouveau mot-clé" };

export default async function NewTagPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "tag.manage");
  return (
    <>
      <BackLink href={paths.admin.tags()}>Tous les mots-clés</BackLink>
      <h1>Nouveau mot-clé</h1>
      <p>Il apparaîtra sur le site avec le premier article publié qui le porte.</p>
      <TagForm />
    </>
  );
}
