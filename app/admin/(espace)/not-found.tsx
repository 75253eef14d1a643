import Link from "next/link";
import { paths } from "@/lib/paths";

/** A back-office page that does not exist, or that the person's role does not open (the same answer). */
export default function AdminNotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p className="fr-text--lead">Cette page n’existe pas, ou votre rôle ne permet pas d’y accéder.</p>
      <p>
        <Link className="fr-link" href={paths.admin.home()}>
          Retour au tableau de bord
        </Link>
      </p>
    </>
  );
}
