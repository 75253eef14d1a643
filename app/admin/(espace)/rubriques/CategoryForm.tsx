"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { CATEGORY_DESCRIPTION_MAX_LENGTH, CATEGORY_NAME_MAX_LENGTH } from "@/lib/admin/categories/schema";
import { SLUG_MAX_LENGTH } from "@/lib/slug";
import { createCategoryAction, updateCategoryAction } from "./actions";

type Props = {
  /** the category being edited; none for a new one */
  category?: {
    id: string;
    name: string;
    slug: string;
    description: string;
    /** ISO 8601: the version the form was loaded with */
    updatedAt: string;
  };
};

export function CategoryForm({ category }: Props) {
  return (
    <AdminForm action={category ? updateCategoryAction : createCategoryAction} label={category ? "Modifier la rubrique" : "Nouvelle rubrique"}>
      {category && (
        <>
          <input type="hidden" name="id" value={category.id} />
          <input type="hidden" name="updatedAt" value={category.updatedAt} />
        </>
      )}
      <TextField name="name" label="Nom" hint="Tel qu’il apparaît sur le site : « Vie de l’école »." defaultValue={category?.name} required maxLength={CATEGORY_NAME_MAX_LENGTH} />
      <TextField
        name="slug"
        label="Adresse (slug)"
        hint={
          category
            ? "La fin de l’adresse de la rubrique : lettres minuscules sans accent, chiffres et tirets. Si vous la changez, l’ancienne adresse continue de fonctionner et redirige vers la nouvelle. Vide : tirée du nom."
            : "La fin de l’adresse de la rubrique : lettres minuscules sans accent, chiffres et tirets. Laissez vide pour la tirer du nom (« Vie de l’école » donne « vie-de-lecole »)."
        }
        defaultValue={category?.slug}
        maxLength={SLUG_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        name="description"
        label="Description"
        hint={`Une phrase sous le titre de la page de la rubrique, reprise par les moteurs de recherche (${CATEGORY_DESCRIPTION_MAX_LENGTH} caractères au plus).`}
        defaultValue={category?.description}
        rows={3}
        maxLength={CATEGORY_DESCRIPTION_MAX_LENGTH}
      />
      <SubmitButton>{category ? "Enregistrer la rubrique" : "Créer la rubrique"}</SubmitButton>
    </AdminForm>
  );
}
