"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { recommendAction } from "./actions";

type Props = { page: string; token: string; messageMaxLength: number; nameMaxLength: number };

/**
 * The "Envoyer à un proche" form. It works without JavaScript (a server action posts the form and
 * the page answers with the outcome). The "website" field is a honeypot: out of sight and out of
 * the tab order, so only robots fill it.
 */
export function RecommendForm({ page, token, messageMaxLength, nameMaxLength }: Props) {
  return (
    <AdminForm action={recommendAction} label="Envoyer cette page à un proche" hideFieldsOnSuccess>
      <input type="hidden" name="page" value={page} />
      <input type="hidden" name="token" value={token} />
      <div className="kiosque-honeypot" aria-hidden="true">
        <label htmlFor="champ-website">Site web (laissez ce champ vide)</label>
        <input id="champ-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <TextField
        name="recipient"
        label="Adresse électronique du destinataire"
        hint="Une seule adresse, par exemple prenom.nom@exemple.fr. Elle sert à cet envoi et n’est pas conservée."
        type="email"
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        required
        maxLength={254}
      />
      <TextField name="senderName" label="Votre nom" hint="Le destinataire le lira : « … vous recommande cette page »." autoComplete="name" required maxLength={nameMaxLength} />
      <TextField
        name="message"
        label="Votre message (facultatif)"
        hint={`${messageMaxLength} caractères au plus, sans lien ni adresse électronique.`}
        rows={5}
        maxLength={messageMaxLength}
      />
      <SubmitButton>Envoyer la recommandation</SubmitButton>
    </AdminForm>
  );
}
