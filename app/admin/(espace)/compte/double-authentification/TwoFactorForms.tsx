"use client";

import type { ReactNode } from "react";
import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import type { FormState } from "@/lib/admin/form-state";
import { confirmTwoFactorAction, disableTwoFactorAction, renewRecoveryCodesAction } from "./actions";
import { RecoveryCodes } from "./RecoveryCodes";

const codesOf = (state: FormState) => [state.data?.codes ?? []].flat();

function CodeField({ hint }: { hint: string }) {
  return (
    <TextField
      name="code"
      label="Code à 6 chiffres"
      hint={hint}
      autoComplete="one-time-code"
      inputMode="numeric"
      required
      maxLength={7}
      spellCheck={false}
    />
  );
}

/** The enrolment steps (server-rendered, given as children), the first code, and the recovery codes once it is accepted. */
export function EnrollForm({ children, continueHref, continueLabel }: { children: ReactNode; continueHref: string; continueLabel: string }) {
  return (
    <AdminForm
      action={confirmTwoFactorAction}
      label="Activer la double authentification"
      hideFieldsOnSuccess
      renderSuccess={(state) => <RecoveryCodes codes={codesOf(state)} continueHref={continueHref} continueLabel={continueLabel} />}
    >
      {children}
      <CodeField hint="Le code que l’application affiche pour ce compte, sans espace. Il change toutes les 30 secondes." />
      <SubmitButton pendingLabel="Vérification…">Activer</SubmitButton>
    </AdminForm>
  );
}

export function RenewCodesForm() {
  return (
    <AdminForm
      action={renewRecoveryCodesAction}
      label="Renouveler les codes de secours"
      hideFieldsOnSuccess
      renderSuccess={(state) => <RecoveryCodes codes={codesOf(state)} />}
    >
      <CodeField hint="Le code affiché en ce moment par votre application : il prouve que vous avez votre téléphone en main." />
      <SubmitButton priority="secondary" pendingLabel="Renouvellement…">
        Renouveler les codes de secours
      </SubmitButton>
    </AdminForm>
  );
}

export function DisableForm() {
  return (
    <AdminForm action={disableTwoFactorAction} label="Désactiver la double authentification">
      <TextField name="currentPassword" label="Mot de passe actuel" type="password" autoComplete="current-password" required />
      <SubmitButton priority="secondary" pendingLabel="Désactivation…">
        Désactiver la double authentification
      </SubmitButton>
    </AdminForm>
  );
}
