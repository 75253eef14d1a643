import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createSiteAction, deleteSiteAction, moveSiteAction, updateSiteAction } from "@/app/admin/(espace)/sites/actions";
import { prisma } from "@/lib/db";
import type { Site } from "@/lib/generated/prisma/client";
import { getSites } from "@/lib/public/site";
import { createStaff, resetDatabase } from "../factories";
import { databaseSnapshot } from "../support/database-snapshot";
import { auditActions, post } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

const saintCyr = {
  name: "Siège et Site de Saint-Cyr-Au-Mont-d'Or",
  addressLines: "9, rue Carnot",
  postcode: "69450",
  city: "SAINT-CYR-AU-MONT-D'OR",
  addressLayout: "BLOCK",
  phone: "04 72 53 18 50",
  isHeadquarters: "on",
};

const cannes = {
  name: "Site de Cannes-Écluse",
  addressLines: "BP 50097",
  postcode: "77875",
  city: "MONTEREAU Cedex",
  addressLayout: "INLINE",
  phone: "01 64 69 35 00",
};

/** The form of `site` as its edit page fills it, with `changes` typed over. */
function editForm(site: Site, changes: Record<string, string | undefined> = {}): Record<string, string> {
  const form: Record<string, string | undefined> = {
    id: site.id,
    updatedAt: site.updatedAt.toISOString(),
    name: site.name,
    addressLines: site.addressLines.join("\n"),
    postcode: site.postcode,
    city: site.city,
    addressLayout: site.addressLayout,
    phone: site.phone,
    isHeadquarters: site.isHeadquarters ? "on" : undefined,
    ...changes,
  };
  return Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

async function sitesInOrder() {
  return prisma.site.findMany({ orderBy: { position: "asc" }, select: { name: true, position: true, isHeadquarters: true } });
}

async function site(name: string): Promise<Site> {
  return prisma.site.findFirstOrThrow({ where: { name } });
}

describe("the school's sites", () => {
  beforeEach(async () => {
    resetRequest();
    await resetDatabase();
    actAs(await createStaff("ADMIN", { email: "admin@ecole.example", name: "Ada Admin" }));
    vi.mocked(revalidateTag).mockClear();
  });

  it("adds sites at the end of the list, as the letterhead shows them, and reaches the contact page at once", async () => {
    expect(await post(createSiteAction, saintCyr)).toMatchObject({ status: "redirect" });
    const created = await post(createSiteAction, { ...cannes, phone: "+33 1 64 69 35 00", addressLines: "BP 50097\n\n" });
    expect(created).toEqual({ status: "redirect", to: `/admin/sites/${(await site(cannes.name)).id}?statut=cree` });

    expect(await getSites()).toEqual([
      expect.objectContaining({ name: saintCyr.name, addressLines: ["9, rue Carnot"], addressLayout: "BLOCK", isHeadquarters: true }),
      expect.objectContaining({ name: cannes.name, addressLines: ["BP 50097"], addressLayout: "INLINE", phone: "01 64 69 35 00", isHeadquarters: false }),
    ]);
    expect((await sitesInOrder()).map((row) => row.position)).toEqual([0, 1]);
    expect(vi.mocked(revalidateTag)).toHaveBeenCalledWith("sites", { expire: 0 });
    expect(await auditActions()).toEqual(["site.created", "site.created"]);
  });

  it("keeps one headquarters at most: setting it on a site clears it on the other, in the same transaction", async () => {
    await post(createSiteAction, saintCyr);
    await post(createSiteAction, { ...cannes, isHeadquarters: "on" });
    expect(await sitesInOrder()).toEqual([
      { name: saintCyr.name, position: 0, isHeadquarters: false },
      { name: cannes.name, position: 1, isHeadquarters: true },
    ]);

    const result = await post(updateSiteAction, editForm(await site(saintCyr.name), { isHeadquarters: "on" }));
    expect(result).toMatchObject({ status: "success" });
    expect((await sitesInOrder()).map((row) => row.isHeadquarters)).toEqual([true, false]);

    // Clearing it leaves the school without a headquarters: allowed ("at most one").
    await post(updateSiteAction, editForm(await site(saintCyr.name), { isHeadquarters: undefined }));
    expect((await sitesInOrder()).map((row) => row.isHeadquarters)).toEqual([false, false]);

    const entries = await prisma.auditLog.findMany({ orderBy: { id: "asc" }, select: { action: true, targetLabel: true, details: true } });
    expect(entries.slice(1)).toEqual([
      { action: "site.updated", targetLabel: saintCyr.name, details: { isHeadquarters: [true, false] } },
      { action: "site.created", targetLabel: cannes.name, details: expect.objectContaining({ isHeadquarters: [null, true] }) },
      { action: "site.updated", targetLabel: cannes.name, details: { isHeadquarters: [true, false] } },
      { action: "site.updated", targetLabel: saintCyr.name, details: { isHeadquarters: [false, true] } },
      { action: "site.updated", targetLabel: saintCyr.name, details: { isHeadquarters: [true, false] } },
    ]);
  });

  it("keeps one headquarters when two admins set it on two sites at the same moment", async () => {
    await post(createSiteAction, saintCyr);
    await post(createSiteAction, cannes);
    await post(createSiteAction, { ...cannes, name: "Antenne de Paris", postcode: "75001", city: "PARIS" });
    const [headquarters, a, b] = [await site(saintCyr.name), await site(cannes.name), await site("Antenne de Paris")];

    // Holding the current headquarters' row makes both saves read "the headquarters is Saint-Cyr"
    // at the same time and then wait: without serialized writes, both would keep their flag.
    let release!: () => void;
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const blocker = prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Site" WHERE id = ${headquarters.id} FOR UPDATE`;
      held();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await holding;
    const saves = Promise.all([
      post(updateSiteAction, editForm(a, { isHeadquarters: "on" })),
      post(updateSiteAction, editForm(b, { isHeadquarters: "on" })),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await blocker;
    expect((await saves).map((result) => result.status)).toEqual(["success", "success"]);
    expect(await prisma.site.count({ where: { isHeadquarters: true } })).toBe(1);
  });

  it("edits a site: the public contact page shows the new phone, and the journal says what changed", async () => {
    await post(createSiteAction, cannes);
    const before = await site(cannes.name);
    const result = await post(updateSiteAction, editForm(before, { phone: "01.64.69.35.99", addressLines: "BP 50097\r\nCannes-Écluse" }));
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/Nous contacter/) });
    expect(await getSites()).toEqual([expect.objectContaining({ phone: "01 64 69 35 99", addressLines: ["BP 50097", "Cannes-Écluse"] })]);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "site.updated" } });
    expect(entry.details).toEqual({ phone: ["01 64 69 35 00", "01 64 69 35 99"], addressLines: [["BP 50097"], ["BP 50097", "Cannes-Écluse"]] });
    expect(vi.mocked(revalidateTag)).toHaveBeenCalledWith("sites", { expire: 0 });

    // Saving the same form again changes nothing and writes nothing.
    vi.mocked(revalidateTag).mockClear();
    const unchanged = await site(cannes.name);
    expect(await post(updateSiteAction, editForm(unchanged))).toMatchObject({ status: "success", message: "Aucune modification à enregistrer." });
    expect(vi.mocked(revalidateTag)).not.toHaveBeenCalled();
    expect(await auditActions()).toEqual(["site.created", "site.updated"]);
  });

  it("refuses a bad input field by field, in French, and changes nothing", async () => {
    await post(createSiteAction, cannes);
    const before = await databaseSnapshot();
    const result = await post(updateSiteAction, editForm(await site(cannes.name), { phone: "12 34", postcode: "7787", addressLines: "1\n2\n3\n4\n5", name: "" }));
    expect(result).toMatchObject({
      status: "error",
      message: "Le formulaire contient 4 erreurs : corrigez-les puis enregistrez.",
      fieldErrors: {
        phone: expect.stringMatching(/^Téléphone : saisissez un numéro français/),
        postcode: "Code postal : cinq chiffres, par exemple 69450.",
        addressLines: "Adresse : 4 lignes au plus.",
        name: "Nom du site : ce champ est obligatoire.",
      },
      values: expect.objectContaining({ phone: "12 34" }),
    });
    expect(await post(createSiteAction, { ...cannes, addressLines: "" })).toMatchObject({ status: "error", fieldErrors: { addressLines: expect.stringMatching(/obligatoire/) } });
    expect(await databaseSnapshot()).toBe(before);
  });

  it("refuses to save over a change made meanwhile by someone else", async () => {
    await post(createSiteAction, cannes);
    const loaded = await site(cannes.name);
    await post(updateSiteAction, editForm(loaded, { phone: "01 64 69 35 11" }));
    const before = await databaseSnapshot();
    const result = await post(updateSiteAction, editForm(loaded, { phone: "01 64 69 35 22" }));
    expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/modifié entre-temps/) });
    expect(await databaseSnapshot()).toBe(before);
  });

  it("moves a site up or down, the positions renumbered; a site at its end stays", async () => {
    await post(createSiteAction, saintCyr);
    await post(createSiteAction, cannes);
    await post(createSiteAction, { ...cannes, name: "Antenne de Paris", postcode: "75001", city: "PARIS" });
    vi.mocked(revalidateTag).mockClear();

    const moved = await post(moveSiteAction, { id: (await site("Antenne de Paris")).id, direction: "up" });
    expect(moved).toMatchObject({ status: "success", message: "« Antenne de Paris » est maintenant en position 2 sur 3.", data: { position: "1" } });
    expect(await sitesInOrder()).toEqual([
      { name: saintCyr.name, position: 0, isHeadquarters: true },
      { name: "Antenne de Paris", position: 1, isHeadquarters: false },
      { name: cannes.name, position: 2, isHeadquarters: false },
    ]);
    expect((await getSites()).map((row) => row.name)).toEqual([saintCyr.name, "Antenne de Paris", cannes.name]);
    expect(vi.mocked(revalidateTag)).toHaveBeenCalledWith("sites", { expire: 0 });

    vi.mocked(revalidateTag).mockClear();
    const stays = await post(moveSiteAction, { id: (await site(saintCyr.name)).id, direction: "up" });
    expect(stays).toMatchObject({ status: "success", message: expect.stringMatching(/déjà/), data: { position: "0" } });
    expect(vi.mocked(revalidateTag)).not.toHaveBeenCalled();
    expect((await sitesInOrder()).map((row) => row.name)).toEqual([saintCyr.name, "Antenne de Paris", cannes.name]);

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "site.reordered" } });
    expect(entry).toMatchObject({ targetLabel: "Antenne de Paris", details: { position: [3, 2] } });
    expect(await prisma.auditLog.count({ where: { action: "site.reordered" } })).toBe(1);
    expect(await post(moveSiteAction, { id: (await site(cannes.name)).id, direction: "sideways" })).toMatchObject({ status: "error" });
  });

  it("removes a site only once confirmed; the others close ranks; the last one may go, leaving the contact page empty", async () => {
    await post(createSiteAction, saintCyr);
    await post(createSiteAction, cannes);
    await post(createSiteAction, { ...cannes, name: "Antenne de Paris", postcode: "75001", city: "PARIS" });
    const first = await site(saintCyr.name);

    const before = await databaseSnapshot();
    expect(await post(deleteSiteAction, { id: first.id })).toMatchObject({
      status: "error",
      fieldErrors: { confirm: "Cochez la case pour confirmer la suppression du site." },
    });
    expect(await databaseSnapshot()).toBe(before);

    expect(await post(deleteSiteAction, { id: first.id, confirm: "on" })).toEqual({ status: "redirect", to: "/admin/sites?statut=supprime" });
    expect(await sitesInOrder()).toEqual([
      { name: cannes.name, position: 0, isHeadquarters: false },
      { name: "Antenne de Paris", position: 1, isHeadquarters: false },
    ]);
    expect(await post(deleteSiteAction, { id: first.id, confirm: "on" })).toMatchObject({ status: "error", message: expect.stringMatching(/n’existe pas/) });

    for (const name of [cannes.name, "Antenne de Paris"]) await post(deleteSiteAction, { id: (await site(name)).id, confirm: "on" });
    expect(await getSites()).toEqual([]);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "site.deleted", targetLabel: saintCyr.name } });
    expect(entry.details).toMatchObject({ name: saintCyr.name, addressLines: "9, rue Carnot", phone: "04 72 53 18 50" });
    expect(await prisma.auditLog.count({ where: { action: "site.deleted" } })).toBe(3);
  });
});
