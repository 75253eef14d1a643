import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { NewPersonForm } from "./NewPersonForm";
import { BackLink } from "@/components/admin/BackLink";

export const metadata: Metadata = { title: "Ajouter une personne" };

export default async function NewPersonPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "user.manage");
  return (
    <>
      <BackLink href={paths.admin.people()}>Toutes les personnes</BackLink>
      <h1>Ajouter une personne</h1>
      <p>
        Le compte est créé sans mot de passe. Un lien à usage unique, valable 48 heures, permet ensuite à la personne de choisir le sien : il
        s’affiche une seule fois ici, pour que vous le lui transmettiez.
      </p>
      <NewPersonForm />
    </>
  );
}
