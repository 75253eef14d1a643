"use client";

import type { FormState } from "@/lib/admin/form-state";
import { AdminForm } from "../form/AdminForm";
import { SubmitButton } from "../form/SubmitButton";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; id: string; label: string };

/** Starts the import of the export a run read (after its dry run, or again after an interruption). */
export function ConfirmImportForm({ action, id, label }: Props) {
  return (
    <AdminForm action={action} label={label}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel="Démarrage…">{label}</SubmitButton>
    </AdminForm>
  );
}
