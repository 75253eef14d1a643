"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { secondFactorAction } from "../actions";

export function CodeForm({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <AdminForm action={secondFactorAction} label="Vérification en deux étapes">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        name="code"
        label="Code de vérification"
        hint="Les 6 chiffres affichés par votre application d’authentification, ou l’un de vos codes de secours (par exemple abcde-fghjk)."
        autoComplete="one-time-code"
        inputMode="text"
        required
        spellCheck={false}
        maxLength={20}
      />
      <SubmitButton pendingLabel="Vérification…">Valider</SubmitButton>
    </AdminForm>
  );
}
