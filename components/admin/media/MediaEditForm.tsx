"use client";

import { updateMediaAction } from "@/app/admin/(espace)/medias/actions";
import { AdminForm } from "@/components/admin/form/AdminForm";
import { CheckboxField } from "@/components/admin/form/CheckboxField";
import { SubmitButton } from "@/components/admin/form/SubmitButton";
import { TextField } from "@/components/admin/form/TextField";
import { ALT_MAX_LENGTH, CAPTION_MAX_LENGTH, CREDIT_MAX_LENGTH } from "@/lib/media/schema";
import { FocalPointField } from "./FocalPointField";

type Props = {
  media: {
    id: string;
    src: string;
    width: number;
    height: number;
    alt: string;
    decorative: boolean;
    caption: string;
    credit: string;
    focalX: number;
    focalY: number;
    /** ISO 8601: the version the form was loaded with */
    updatedAt: string;
  };
};

/** A medium's words and focal point. */
export function MediaEditForm({ media }: Props) {
  return (
    <AdminForm action={updateMediaAction} label="Modifier l’image">
      <input type="hidden" name="id" value={media.id} />
      <input type="hidden" name="updatedAt" value={media.updatedAt} />
      <TextField
        name="alt"
        label="Texte alternatif"
        hint="Ce que l’image montre, pour qui ne la voit pas : « Les élèves de la promotion 2026 sur le parvis ». Obligatoire, sauf pour une image décorative."
        defaultValue={media.alt}
        maxLength={ALT_MAX_LENGTH}
      />
      <CheckboxField
        name="decorative"
        label="Image décorative"
        hint="Elle n’apporte aucune information : les lecteurs d’écran l’ignoreront, et son texte alternatif est effacé."
        defaultChecked={media.decorative}
      />
      <TextField name="caption" label="Légende" hint="Facultative, affichée sous l’image." defaultValue={media.caption} maxLength={CAPTION_MAX_LENGTH} />
      <TextField name="credit" label="Crédit" hint="L’auteur ou le propriétaire de l’image : « © ENSP », « Photo : Jeanne Martin »." defaultValue={media.credit} maxLength={CREDIT_MAX_LENGTH} />
      <FocalPointField src={media.src} width={media.width} height={media.height} initial={{ x: media.focalX, y: media.focalY }} />
      <SubmitButton>Enregistrer l’image</SubmitButton>
    </AdminForm>
  );
}
