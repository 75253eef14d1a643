import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPersonForEditing } from "@/lib/admin/users/queries";
import { requirePagePermission } from "@/lib/auth/authorize";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateFr } from "@/lib/format/date";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { ActionNotice } from "../ActionNotice";
import { noticeFor } from "../notices";
import { StatusBadge } from "../StatusBadge";
import { DeleteForm, DisableForm, EnableForm, PasswordLinkForm, ResetTwoFactorForm, RevokeSessionsForm, UnlockForm } from "./PersonActionForms";
import { PersonEditForm } from "./PersonEditForm";
import { BackLink } from "@/components/admin/BackLink";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The title and the page read the same person: once per request.
const loadPerson = cache(async (id: string) => {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "user.manage");
  const person = await getPersonForEditing(actor, id);
  if (!person) notFound();
  return person;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).id);
  return { title: `${person.name} – Personnes` };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? "s" : ""}`;
}

export default async function PersonPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "user.manage");
  const person = await loadPerson((await params).id);
  const notice = noticeFor((await searchParams).statut);
  const works = [person.articleCount > 0 && plural(person.articleCount, "article"), person.mediaCount > 0 && plural(person.mediaCount, "média")].filter(Boolean).join(" et ");
  const deletable = !person.isSelf && !person.lastActiveAdmin && person.articleCount + person.mediaCount === 0;

  return (
    <>
      <BackLink href={paths.admin.people()}>Toutes les personnes</BackLink>
      <h1>
        {person.name}
        {person.isSelf && " (vous)"}
      </h1>
      {notice && <ActionNotice message={notice} />}
      <ul className="fr-badges-group fr-mb-2w" aria-label="État du compte">
        <li>
          <StatusBadge status={person.status} lockedUntil={person.lockedUntil} />
        </li>
        <li>
          <span className="fr-badge fr-badge--sm fr-badge--blue-ecume">{ROLE_LABELS[person.role]}</span>
        </li>
      </ul>
      <ul>
        <li>Adresse électronique : {person.email}</li>
        <li>Double authentification : {person.twoFactorEnabled ? "activée" : "non activée"}</li>
        <li>Dernière connexion : {person.lastSignInAt ? `le ${formatDateTimeFr(person.lastSignInAt)}` : "jamais"}</li>
        <li>Compte créé le {formatDateFr(person.createdAt)}</li>
        <li>
          {person.articleCount > 0 ? `Signe ${plural(person.articleCount, "article")}` : "Ne signe aucun article"}
          {person.mediaCount > 0 && `, a déposé ${plural(person.mediaCount, "média")}`}
        </li>
        {!person.disabled && (
          <li>
            {person.linkExpiresAt
              ? `Un lien pour choisir un mot de passe attend d’être utilisé, jusqu’au ${formatDateTimeFr(person.linkExpiresAt)}.`
              : person.hasPassword
                ? "Mot de passe choisi."
                : "Aucun mot de passe choisi, et aucun lien valable : créez-en un nouveau ci-dessous."}
          </li>
        )}
      </ul>

      <section aria-labelledby="identite" className="fr-mt-6w">
        <h2 id="identite">Identité et rôle</h2>
        <PersonEditForm person={{ id: person.id, name: person.name, email: person.email, role: person.role }} isSelf={person.isSelf} lastActiveAdmin={person.lastActiveAdmin} />
      </section>

      <section aria-labelledby="acces" className="fr-mt-6w">
        <h2 id="acces">Accès au compte</h2>

        {person.status === "locked" && (
          <div className="fr-mb-6w">
            <h3 className="fr-h5">Compte bloqué</h3>
            <p>Trop d’échecs de connexion ont bloqué ce compte{person.lockedUntil ? ` jusqu’au ${formatDateTimeFr(person.lockedUntil)}` : ""}. Débloquez-le si la personne vous a confirmé être à l’origine de ces essais.</p>
            <UnlockForm id={person.id} />
          </div>
        )}

        <div className="fr-mb-6w">
          <h3 className="fr-h5">Mot de passe</h3>
          {person.isSelf ? (
            <p>
              Votre propre mot de passe se change depuis <Link href={paths.admin.account()}>votre compte</Link>, avec le mot de passe actuel.
            </p>
          ) : person.disabled ? (
            <p>Le compte est désactivé : réactivez-le avant de créer un lien pour choisir un mot de passe.</p>
          ) : (
            <>
              <p>
                Un lien à usage unique, valable 48 heures, permet à la personne de choisir {person.hasPassword ? "un nouveau" : "son"} mot de passe. Il
                remplace tout lien précédent ; le mot de passe actuel reste valable tant que le lien n’a pas servi.
              </p>
              <PasswordLinkForm id={person.id} />
            </>
          )}
        </div>

        <div className="fr-mb-6w">
          <h3 className="fr-h5">Sessions ouvertes</h3>
          <p>Met fin à toutes les sessions ouvertes, sur tous les appareils : un appareil perdu, une session restée ouverte sur un poste partagé.</p>
          <RevokeSessionsForm id={person.id} self={person.isSelf} />
        </div>

        {person.twoFactorEnabled && (
          <div className="fr-mb-6w">
            <h3 className="fr-h5">Double authentification</h3>
            {person.isSelf ? (
              <p>
                Votre propre double authentification se gère depuis <Link href={paths.admin.twoFactor()}>votre compte</Link>.
              </p>
            ) : (
              <>
                <p>
                  Si la personne a perdu son téléphone et ses codes de secours, retirez sa double authentification : elle se connectera avec son seul
                  mot de passe, puis pourra l’activer de nouveau.
                </p>
                <ResetTwoFactorForm id={person.id} />
              </>
            )}
          </div>
        )}

        <div className="fr-mb-6w">
          <h3 className="fr-h5">{person.disabled ? "Réactiver le compte" : "Désactiver le compte"}</h3>
          {person.disabled ? (
            <>
              <p>Le compte est désactivé : la personne ne peut plus se connecter. Ses articles restent signés de son nom.</p>
              <EnableForm id={person.id} />
            </>
          ) : person.isSelf ? (
            <p>Vous ne pouvez pas désactiver votre propre compte : un autre administrateur peut le faire.</p>
          ) : person.lastActiveAdmin ? (
            <p>C’est le dernier administrateur actif : nommez d’abord un autre administrateur pour pouvoir désactiver ce compte.</p>
          ) : (
            <>
              <p>La personne ne pourra plus se connecter et ses sessions ouvertes prendront fin. Ses articles restent signés de son nom ; le compte peut être réactivé.</p>
              <DisableForm id={person.id} />
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="suppression" className="fr-mt-6w">
        <h2 id="suppression">Supprimer le compte</h2>
        {deletable ? (
          <>
            <p>La suppression est définitive. Le journal garde la trace de ce que la personne a fait.</p>
            <DeleteForm id={person.id} />
          </>
        ) : person.isSelf ? (
          <p>Vous ne pouvez pas supprimer votre propre compte.</p>
        ) : person.lastActiveAdmin ? (
          <p>C’est le dernier administrateur actif : son compte ne peut pas être supprimé.</p>
        ) : (
          <p>
            Ce compte ne peut pas être supprimé : {works} {person.articleCount + person.mediaCount > 1 ? "portent" : "porte"} son nom. Désactivez-le
            plutôt : ses articles resteront signés.
          </p>
        )}
      </section>
    </>
  );
}
