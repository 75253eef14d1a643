"use client";

import Link from "next/link";
import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { paths } from "@/lib/paths";
import { choosePasswordAction } from "./actions";

export function ChoosePasswordForm({ token }: { token: string }) {
  return (
    <AdminForm
      action={choosePasswordAction}
      label="Choisir un mot de passe"
      hideFieldsOnSuccess
      renderSuccess={() => (
        <p className="fr-mt-2w">
          <Link className="fr-btn" href={paths.admin.signIn()}>
            Se connecter
          </Link>
        </p>
      )}
    >
      <input type="hidden" name="token" value={token} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h5 fr-mb-0">Votre mot de passe</h2>
        </legend>
        <div className="fr-fieldset__element">
          <TextField
            name="password"
            label="Nouveau mot de passe"
            hint={`Au moins ${PASSWORD_MIN_LENGTH} caractères. Une phrase de plusieurs mots est à la fois plus sûre et plus facile à retenir.`}
            type="password"
            autoComplete="new-password"
            required
          />
        </div>
        <div className="fr-fieldset__element">
          <TextField name="confirmation" label="Confirmation du mot de passe" hint="Saisissez-le une seconde fois." type="password" autoComplete="new-password" required />
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer mon mot de passe</SubmitButton>
    </AdminForm>
  );
}
