import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { CategoryForm } from "../CategoryForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Nouvelle rubrique" };

export default async function NewCategoryPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "category.manage");
  return (
    <>
      <BackLink href={paths.admin.categories()}>Toutes les rubriques</BackLink>
      <h1>Nouvelle rubrique</h1>
      <p>Elle se place à la fin de l’ordre des rubriques et n’apparaît sur le site qu’avec son premier article publié.</p>
      <CategoryForm />
    </>
  );
}
