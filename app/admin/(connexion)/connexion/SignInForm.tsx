"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <AdminForm action={signInAction} label="Connexion">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h5 fr-mb-0">Se connecter avec son compte</h2>
        </legend>
        <div className="fr-fieldset__element">
          <TextField name="email" label="Adresse électronique" type="email" autoComplete="username" required spellCheck={false} />
        </div>
        <div className="fr-fieldset__element">
          <TextField name="password" label="Mot de passe" type="password" autoComplete="current-password" required />
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Connexion…">Se connecter</SubmitButton>
    </AdminForm>
  );
}
