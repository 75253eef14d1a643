"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { PERSON_NAME_MAX_LENGTH } from "@/lib/admin/account/schema";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { changeNameAction, changePasswordAction, signOutEverywhereAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  return (
    <AdminForm action={changeNameAction} label="Votre nom">
      <TextField
        name="name"
        label="Prénom et nom"
        hint="Tel qu’il apparaît en signature de vos articles et dans l’administration."
        defaultValue={name}
        autoComplete="name"
        required
        maxLength={PERSON_NAME_MAX_LENGTH}
      />
      <SubmitButton>Enregistrer le nom</SubmitButton>
    </AdminForm>
  );
}

export function PasswordForm({ email }: { email: string }) {
  return (
    <AdminForm action={changePasswordAction} label="Changer de mot de passe">
      {/* For password managers, which file the new password under this account. Not sent. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField name="currentPassword" label="Mot de passe actuel" type="password" autoComplete="current-password" required />
      <TextField
        name="password"
        label="Nouveau mot de passe"
        hint={`${PASSWORD_MIN_LENGTH} caractères au moins. Une phrase de plusieurs mots, facile à retenir, convient très bien.`}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField name="confirmation" label="Confirmation du nouveau mot de passe" type="password" autoComplete="new-password" required />
      <SubmitButton>Changer de mot de passe</SubmitButton>
    </AdminForm>
  );
}

export function SignOutEverywhereForm() {
  return (
    <AdminForm action={signOutEverywhereAction} label="Se déconnecter de tous les appareils">
      <SubmitButton priority="secondary" pendingLabel="Déconnexion…">
        Se déconnecter de tous les appareils
      </SubmitButton>
    </AdminForm>
  );
}
