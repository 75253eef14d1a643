import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { getSettingsForEditing } from "@/lib/admin/settings/queries";
import { SettingsForm } from "./SettingsForm";

export const metadata: Metadata = { title: "Réglages du site" };

export default async function SettingsPage() {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "settings.manage");
  const { updatedAt: _updatedAt, ...settings } = await getSettingsForEditing(actor);
  return (
    <>
      <h1>Réglages du site</h1>
      <p>Ces informations apparaissent sur toutes les pages publiques, dans les flux et pour les moteurs de recherche.</p>
      <SettingsForm settings={settings} />
    </>
  );
}
