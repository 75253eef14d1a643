"use client";

import { AdminForm } from "@/components/admin/form/AdminForm";
import { CheckboxField } from "@/components/admin/form/CheckboxField";
import { SelectField } from "@/components/admin/form/SelectField";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { ACCESSIBILITY_LABELS, ACCESSIBILITY_STATUSES } from "@/lib/admin/settings/schema";
import { updateSettingsAction } from "./actions";

type Props = {
  settings: {
    siteName: string;
    shortName: string;
    tagline: string;
    description: string;
    ministry: string;
    contactEmail: string;
    articlesPerPage: number;
    accessibilityStatus: string;
    requireAdminTwoFactor: boolean;
    recommendationsEnabled: boolean;
    recommendationDailyCap: number;
  };
};

export function SettingsForm({ settings }: Props) {
  return (
    <AdminForm action={updateSettingsAction} label="Réglages du site">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h4 fr-mb-0">Identité de l’établissement</h2>
        </legend>
        <div className="fr-fieldset__element">
          <TextField name="siteName" label="Nom du site" hint="Le nom complet de l’établissement, en tête de chaque page." defaultValue={settings.siteName} required maxLength={150} />
        </div>
        <div className="fr-fieldset__element">
          <TextField name="shortName" label="Nom court" hint="Le sigle, à la fin du titre de chaque page (par exemple ENSP)." defaultValue={settings.shortName} required maxLength={30} />
        </div>
        <div className="fr-fieldset__element">
          <TextField name="tagline" label="Devise" hint="Sous le nom, dans l’en-tête." defaultValue={settings.tagline} maxLength={200} />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            name="ministry"
            label="Ministère (bloc-marque)"
            hint="Le texte du bloc-marque, à côté de Marianne : une ligne par retour à la ligne. Vide : « République française »."
            defaultValue={settings.ministry}
            rows={3}
            maxLength={150}
          />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            name="description"
            label="Description"
            hint="La présentation de l’établissement que reprennent la page d’accueil et les moteurs de recherche (500 caractères au plus)."
            defaultValue={settings.description}
            rows={4}
            maxLength={500}
          />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            name="contactEmail"
            label="Adresse électronique de contact"
            hint="Affichée sur la page « Nous contacter ». Vide : aucune."
            type="email"
            defaultValue={settings.contactEmail}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h4 fr-mb-0">Affichage et accessibilité</h2>
        </legend>
        <div className="fr-fieldset__element">
          <TextField
            name="articlesPerPage"
            label="Articles par page"
            hint="Dans la liste des actualités, les rubriques, les mots-clés et la recherche (de 1 à 60)."
            type="number"
            inputMode="numeric"
            defaultValue={String(settings.articlesPerPage)}
            required
          />
        </div>
        <div className="fr-fieldset__element">
          <SelectField
            name="accessibilityStatus"
            label="État de conformité au RGAA"
            hint="Affiché dans le pied de page et dans la déclaration d’accessibilité, tel qu’établi par le dernier audit."
            defaultValue={settings.accessibilityStatus}
            options={ACCESSIBILITY_STATUSES.map((value) => ({ value, label: ACCESSIBILITY_LABELS[value] }))}
            required
          />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h4 fr-mb-0">Recommander une page</h2>
        </legend>
        <div className="fr-fieldset__element">
          <CheckboxField
            name="recommendationsEnabled"
            label="Proposer le formulaire « Envoyer à un proche »"
            hint="Décoché : le formulaire est fermé ; le partage par lien, par courriel et sur les réseaux reste proposé."
            defaultChecked={settings.recommendationsEnabled}
          />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            name="recommendationDailyCap"
            label="Courriels de recommandation par jour, au plus"
            hint="Pour tout le site : au-delà, le formulaire refuse les envois jusqu’au lendemain (de 0 à 10 000)."
            type="number"
            inputMode="numeric"
            defaultValue={String(settings.recommendationDailyCap)}
            required
          />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          <h2 className="fr-h4 fr-mb-0">Sécurité</h2>
        </legend>
        <div className="fr-fieldset__element">
          <CheckboxField
            name="requireAdminTwoFactor"
            label="Double authentification obligatoire pour les administrateurs"
            hint="Un administrateur sans double authentification devra l’activer avant d’accéder à quoi que ce soit d’autre."
            defaultChecked={settings.requireAdminTwoFactor}
          />
        </div>
      </fieldset>
      <SubmitButton>Enregistrer les réglages</SubmitButton>
    </AdminForm>
  );
}
