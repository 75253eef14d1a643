import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/admin/BackLink";
import { MAIL_KIND_LABELS } from "@/lib/admin/mails/labels";
import { getMail } from "@/lib/admin/mails/queries";
import { mailIdField } from "@/lib/admin/mails/schema";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { ActionNotice } from "../../personnes/ActionNotice";
import { MailStatusBadge } from "../MailStatusBadge";
import { RequeueForm } from "./RequeueForm";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

const REQUEUED = "Le courriel est remis en file : il repartira dans quelques secondes si un serveur SMTP est configuré.";

// The title and the page read the same mail: once per request.
const loadMail = cache(async (id: string) => {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "mail.read");
  const parsed = mailIdField.safeParse(id);
  const mail = parsed.success ? await getMail(actor, parsed.data) : null;
  if (!mail) notFound();
  return mail;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mail = await loadMail((await params).id);
  return { title: `Courriel du ${formatDateTimeFr(mail.createdAt)} – Courriels` };
}

/**
 * The HTML part runs in a sandboxed frame with no permission at all (no script, no form, no
 * same-origin access, no top navigation), and its own policy forbids loading anything: an admin
 * reading a mail never runs what is in it, nor makes a request for it.
 */
const FRAME_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

export default async function MailPage({ params, searchParams }: Props) {
  const mail = await loadMail((await params).id);
  const { content } = mail;
  const requeued = (await searchParams)?.statut === "remis";

  return (
    <>
      <BackLink href={paths.admin.mails()}>Tous les courriels</BackLink>
      <h1>Courriel du {formatDateTimeFr(mail.createdAt)}</h1>
      {requeued && <ActionNotice message={REQUEUED} />}
      <p>
        <MailStatusBadge status={mail.status} />
      </p>
      <ul>
        <li>Type : {MAIL_KIND_LABELS[mail.kind]}</li>
        <li>Destinataire : {typeof content === "object" ? content.to : mail.recipientHint}</li>
        <li>Tentatives d’envoi : {mail.attempts}</li>
        {mail.status === "SENT" && mail.sentAt && <li>Envoyé le {formatDateTimeFr(mail.sentAt)}</li>}
        {mail.status === "PENDING" && <li>Prochain essai : {mail.attempts === 0 ? "dès que possible" : `le ${formatDateTimeFr(mail.nextAttemptAt)}`}</li>}
        {mail.lastError && <li>Dernière erreur : {mail.lastError}</li>}
        <li>
          Identifiant du message (Message-ID) : <code>{mail.messageId}</code>
        </li>
      </ul>

      {mail.status === "FAILED" && content !== "erased" && (
        <section className="fr-mb-4w" aria-labelledby="remettre-en-file">
          <h2 id="remettre-en-file">Remettre en file</h2>
          <p>Les essais d’envoi ont échoué. Une fois la cause corrigée (adresse, serveur SMTP), le courriel peut repartir pour une nouvelle série d’essais.</p>
          <RequeueForm id={mail.id} />
        </section>
      )}

      {content === "erased" && <p>Le contenu de ce courriel a été effacé, une semaine après son envoi : il n’en reste que cette fiche.</p>}
      {content === "unreadable" && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>Le contenu de ce courriel ne peut pas être déchiffré : la clé KIOSQUE_ENCRYPTION_KEY a-t-elle changé ?</p>
        </div>
      )}
      {typeof content === "object" && (
        <>
          <h2>Objet</h2>
          <p>{content.subject}</p>
          <h2>Version texte</h2>
          <pre className="kiosque-mail-text">{content.text}</pre>
          <h2>Version HTML</h2>
          <iframe
            className="kiosque-mail-frame"
            title="Version HTML du courriel (affichée sans script ni contenu externe)"
            sandbox=""
            referrerPolicy="no-referrer"
            srcDoc={`${FRAME_POLICY}${content.html}`}
          />
        </>
      )}
    </>
  );
}
