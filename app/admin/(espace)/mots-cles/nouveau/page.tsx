import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { TagForm } from "../TagForm";

export const metadata: Metadata = { title: "Nouveau mot-clé" };

export default async function NewTagPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "tag.manage");
  return (
    <>
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={paths.admin.tags()}>
          Tous les mots-clés
        </Link>
      </p>
      <h1>Nouveau mot-clé</h1>
      <p>Il apparaîtra sur le site avec le premier article publié qui le porte.</p>
      <TagForm />
    </>
  );
}
