"use client";

import type { ReactNode } from "react";
import { AdminForm } from "@/components/admin/form/AdminForm";
import { CheckboxField } from "@/components/admin/form/CheckboxField";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import type { FormState } from "@/lib/admin/form-state";
import { LinkResult } from "../LinkResult";
import {
  createPasswordLinkAction,
  deletePersonAction,
  disablePersonAction,
  enablePersonAction,
  resetTwoFactorAction,
  revokeSessionsAction,
  unlockPersonAction,
} from "./actions";

/**
 * The small forms of a person's page, one per action, each carrying only the person's id (and,
 * for what cannot be undone or cuts someone off, a confirmation box the server checks too).
 */
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function ActionForm({
  action,
  id,
  label,
  confirm,
  submit,
  pendingLabel,
  priority = "secondary",
  iconId,
  renderSuccess,
}: {
  action: Action;
  id: string;
  label: string;
  /** the confirmation box: its field name (unique on the page) and its label */
  confirm?: { name: string; label: ReactNode };
  submit: string;
  pendingLabel: string;
  priority?: "primary" | "secondary" | "tertiary";
  iconId?: string;
  renderSuccess?: (state: FormState) => ReactNode;
}) {
  return (
    <AdminForm action={action} label={label} renderSuccess={renderSuccess}>
      <input type="hidden" name="id" value={id} />
      {confirm && <CheckboxField name={confirm.name} label={confirm.label} />}
      <SubmitButton priority={priority} pendingLabel={pendingLabel} iconId={iconId}>
        {submit}
      </SubmitButton>
    </AdminForm>
  );
}

export function PasswordLinkForm({ id }: { id: string }) {
  return (
    <ActionForm
      action={createPasswordLinkAction}
      id={id}
      label="Lien pour choisir un mot de passe"
      submit="Créer un nouveau lien"
      pendingLabel="Création du lien…"
      iconId="fr-icon-links-line"
      renderSuccess={(state) => <LinkResult state={state} />}
    />
  );
}

export function RevokeSessionsForm({ id, self }: { id: string; self: boolean }) {
  return (
    <ActionForm
      action={revokeSessionsAction}
      id={id}
      label="Fin des sessions"
      confirm={{
        name: "confirmRevoke",
        label: self ? "Je confirme mettre fin à toutes mes sessions, celle-ci comprise" : "Je confirme mettre fin à toutes les sessions de cette personne",
      }}
      submit="Mettre fin aux sessions"
      pendingLabel="Fin des sessions…"
      iconId="fr-icon-logout-box-r-line"
    />
  );
}

export function UnlockForm({ id }: { id: string }) {
  return <ActionForm action={unlockPersonAction} id={id} label="Déblocage du compte" submit="Débloquer le compte" pendingLabel="Déblocage…" iconId="fr-icon-lock-unlock-line" />;
}

export function ResetTwoFactorForm({ id }: { id: string }) {
  return (
    <ActionForm
      action={resetTwoFactorAction}
      id={id}
      label="Réinitialisation de la double authentification"
      confirm={{ name: "confirmReset", label: "Je confirme réinitialiser la double authentification de cette personne" }}
      submit="Réinitialiser la double authentification"
      pendingLabel="Réinitialisation…"
    />
  );
}

export function DisableForm({ id }: { id: string }) {
  return (
    <ActionForm
      action={disablePersonAction}
      id={id}
      label="Désactivation du compte"
      confirm={{ name: "confirmDisable", label: "Je confirme désactiver ce compte" }}
      submit="Désactiver le compte"
      pendingLabel="Désactivation…"
    />
  );
}

export function EnableForm({ id }: { id: string }) {
  return <ActionForm action={enablePersonAction} id={id} label="Réactivation du compte" submit="Réactiver le compte" pendingLabel="Réactivation…" priority="primary" />;
}

export function DeleteForm({ id }: { id: string }) {
  return (
    <ActionForm
      action={deletePersonAction}
      id={id}
      label="Suppression du compte"
      confirm={{ name: "confirmDelete", label: "Je confirme supprimer définitivement ce compte" }}
      submit="Supprimer le compte"
      pendingLabel="Suppression…"
      iconId="fr-icon-delete-bin-line"
    />
  );
}
