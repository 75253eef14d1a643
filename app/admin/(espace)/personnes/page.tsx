import type { Metadata } from "next";
import Link from "next/link";
import { listPeople } from "@/lib/admin/users/queries";
import { requirePagePermission } from "@/lib/auth/authorize";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { ActionNotice } from "./ActionNotice";
import { noticeFor } from "./notices";
import { StatusBadge } from "./StatusBadge";
import { AdminTable } from "@/components/admin/AdminTable";

export const metadata: Metadata = { title: "Personnes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "user.manage");
  const [people, { statut }] = await Promise.all([listPeople(actor), searchParams]);
  const notice = noticeFor(statut);
  return (
    <>
      <h1>Personnes</h1>
      {notice && <ActionNotice message={notice} />}
      <p>Les personnes qui ont accès à l’administration du site, leur rôle et l’état de leur compte.</p>
      <p>
        <Link className="fr-btn fr-icon-user-add-line fr-btn--icon-left" href={paths.admin.newPerson()}>
          Ajouter une personne
        </Link>
      </p>
      <AdminTable caption={`Personnes ayant un compte (${people.length})`} hideCaption={false} bordered>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Adresse électronique</th>
                    <th scope="col">Rôle</th>
                    <th scope="col">État</th>
                    <th scope="col">Double authentification</th>
                    <th scope="col">Dernière connexion</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((person) => (
                    <tr key={person.id}>
                      <th scope="row">
                        <Link href={paths.admin.person(person.id)}>{person.name}</Link>
                        {person.id === actor.id && " (vous)"}
                      </th>
                      <td>{person.email}</td>
                      <td>{ROLE_LABELS[person.role]}</td>
                      <td>
                        <StatusBadge status={person.status} lockedUntil={person.lockedUntil} />
                      </td>
                      <td>{person.twoFactorEnabled ? "Activée" : "Non activée"}</td>
                      <td>{person.lastSignInAt ? formatDateTimeFr(person.lastSignInAt) : "Jamais"}</td>
                    </tr>
                  ))}
                </tbody>
      </AdminTable>
    </>
  );
}
