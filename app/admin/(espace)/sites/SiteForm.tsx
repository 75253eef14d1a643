"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { CheckboxField } from "@/components/admin/form/CheckboxField";
import { SelectField } from "@/components/admin/form/SelectField";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { ADDRESS_LAYOUT_LABELS, ADDRESS_LAYOUTS, ADDRESS_MAX_LINES } from "@/lib/admin/sites/schema";
import { createSiteAction, updateSiteAction } from "./actions";

type Props = {
  /** the site being edited; none for a new one */
  site?: {
    id: string;
    name: string;
    addressLines: string[];
    postcode: string;
    city: string;
    addressLayout: string;
    phone: string;
    isHeadquarters: boolean;
    /** ISO 8601: the version the form was loaded with */
    updatedAt: string;
  };
};

export function SiteForm({ site }: Props) {
  return (
    <AdminForm action={site ? updateSiteAction : createSiteAction} label={site ? "Modifier le site" : "Nouveau site"}>
      {site && (
        <>
          <input type="hidden" name="id" value={site.id} />
          <input type="hidden" name="updatedAt" value={site.updatedAt} />
        </>
      )}
      <TextField
        name="name"
        label="Nom du site"
        hint="Le titre du bloc, tel qu’imprimé sur le papier à en-tête : « Siège et Site de Saint-Cyr-Au-Mont-d’Or »."
        defaultValue={site?.name}
        required
        maxLength={150}
      />
      <TextField
        name="addressLines"
        label="Adresse"
        hint={`Une ligne par retour à la ligne, de 1 à ${ADDRESS_MAX_LINES} lignes, sans le code postal ni la ville : « 9, rue Carnot », « BP 50097 ».`}
        defaultValue={site?.addressLines.join("\n")}
        rows={ADDRESS_MAX_LINES}
        required
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <TextField name="postcode" label="Code postal" hint="Cinq chiffres." defaultValue={site?.postcode} inputMode="numeric" autoComplete="off" required maxLength={10} />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <TextField name="city" label="Ville" hint="Telle que sur le courrier, « Cedex » compris : « MONTEREAU Cedex »." defaultValue={site?.city} required maxLength={100} />
        </div>
      </div>
      <SelectField
        name="addressLayout"
        label="Présentation de l’adresse"
        hint="Comme sur le papier à en-tête de ce site."
        defaultValue={site?.addressLayout ?? "BLOCK"}
        options={ADDRESS_LAYOUTS.map((value) => ({ value, label: ADDRESS_LAYOUT_LABELS[value] }))}
        required
      />
      <TextField
        name="phone"
        label="Téléphone"
        hint="Un numéro français à dix chiffres : 04 72 53 18 50 ou +33 4 72 53 18 50. Il est enregistré sous la forme 04 72 53 18 50."
        defaultValue={site?.phone}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        required
        maxLength={30}
      />
      <CheckboxField
        name="isHeadquarters"
        label="Siège de l’établissement"
        hint="Un seul site est le siège : le cocher ici le retire du site qui l’était. Son adresse est celle de l’établissement pour les moteurs de recherche."
        defaultChecked={site?.isHeadquarters ?? false}
      />
      <SubmitButton>{site ? "Enregistrer le site" : "Ajouter le site"}</SubmitButton>
    </AdminForm>
  );
}
