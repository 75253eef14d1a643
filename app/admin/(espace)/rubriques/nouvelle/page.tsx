import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { CategoryForm } from "../CategoryForm";

export const metadata: Metadata = { title: "Nouvelle rubrique" };

export default async function NewCategoryPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "category.manage");
  return (
    <>
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={paths.admin.categories()}>
          Toutes les rubriques
        </Link>
      </p>
      <h1>Nouvelle rubrique</h1>
      <p>Elle se place à la fin de l’ordre des rubriques et n’apparaît sur le site qu’avec son premier article publié.</p>
      <CategoryForm />
    </>
  );
}
