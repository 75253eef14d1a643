"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { requeueMailAction } from "./actions";

/** "Remettre en file" for a given-up mail: only its id travels, the server checks the rest. */
export function RequeueForm({ id }: { id: string }) {
  return (
    <AdminForm action={requeueMailAction} label="Remettre le courriel en file" hideFieldsOnSuccess>
      <input type="hidden" name="id" value={id} />
      <SubmitButton priority="primary" pendingLabel="Remise en file…" iconId="fr-icon-refresh-line">
        Remettre en file
      </SubmitButton>
    </AdminForm>
  );
}
