import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { NewPersonForm } from "./NewPersonForm";

export const metadata: Metadata = { title: "Ajouter une personne" };

export default async function NewPersonPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "user.manage");
  return (
    <>
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={paths.admin.people()}>
          Toutes les personnes
        </Link>
      </p>
      <h1>Ajouter une personne</h1>
      <p>
        Le compte est créé sans mot de passe. Un lien à usage unique, valable 48 heures, permet ensuite à la personne de choisir le sien : il
        s’affiche une seule fois ici, pour que vous le lui transmettiez.
      </p>
      <NewPersonForm />
    </>
  );
}
