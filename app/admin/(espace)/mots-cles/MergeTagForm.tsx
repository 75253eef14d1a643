"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { CheckboxField } from "@/components/admin/form/CheckboxField";
import { SelectField } from "@/components/admin/form/SelectField";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { mergeTagsAction } from "./actions";

type Props = {
  source: { id: string; name: string };
  /** every other tag, by name */
  targets: { id: string; label: string }[];
};

/** Merges this tag into another, chosen in a list of every other tag. */
export function MergeTagForm({ source, targets }: Props) {
  return (
    <AdminForm action={mergeTagsAction} label="Fusionner le mot-clé">
      <input type="hidden" name="sourceId" value={source.id} />
      <SelectField
        name="targetId"
        label="Mot-clé qui reste"
        hint={`« ${source.name} » disparaît : ses articles reçoivent le mot-clé choisi, et ses adresses redirigent vers celle du mot-clé choisi.`}
        defaultValue=""
        options={[{ value: "", label: "Choisissez un mot-clé" }, ...targets.map((target) => ({ value: target.id, label: target.label }))]}
        required
      />
      <CheckboxField name="confirm" label={`Je confirme la fusion de « ${source.name} » dans le mot-clé choisi : elle ne peut pas être annulée`} />
      <SubmitButton priority="secondary" pendingLabel="Fusion…" iconId="fr-icon-git-merge-line">
        Fusionner
      </SubmitButton>
    </AdminForm>
  );
}
