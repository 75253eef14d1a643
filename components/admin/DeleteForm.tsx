"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/admin/form-state";
import { AdminForm } from "./form/AdminForm";
import { CheckboxField } from "./form/CheckboxField";
import { SubmitButton } from "./form/SubmitButton";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  /** the accessible name of the form: "Supprimer le site" */
  label: string;
  /** what deleting does, before the confirmation */
  children?: ReactNode;
  confirmLabel: string;
  buttonLabel: string;
};

/** A deletion: nothing happens until its confirmation box is ticked, checked again by the server. */
export function DeleteForm({ action, id, label, children, confirmLabel, buttonLabel }: Props) {
  return (
    <AdminForm action={action} label={label}>
      <input type="hidden" name="id" value={id} />
      {children}
      <CheckboxField name="confirm" label={confirmLabel} />
      <SubmitButton priority="secondary" pendingLabel="Suppression…" iconId="fr-icon-delete-bin-line">
        {buttonLabel}
      </SubmitButton>
    </AdminForm>
  );
}
