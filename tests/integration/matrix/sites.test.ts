import { describe, expect } from "vitest";
import { createSiteAction, deleteSiteAction, moveSiteAction, updateSiteAction } from "@/app/admin/(espace)/sites/actions";
import { prisma } from "@/lib/db";
import { auditActions, matrixCase, post } from "../../support/matrix";

const ADMINS_ONLY = ["administrateur"] as const;

const fields = {
  name: "Site de Cannes-Écluse",
  addressLines: "BP 50097",
  postcode: "77875",
  city: "MONTEREAU Cedex",
  addressLayout: "INLINE",
  phone: "01 64 69 35 00",
};

async function twoSites() {
  const first = await prisma.site.create({
    data: { name: "Siège", addressLines: ["9, rue Carnot"], postcode: "69450", city: "SAINT-CYR", phone: "04 72 53 18 50", isHeadquarters: true, position: 0 },
  });
  const second = await prisma.site.create({
    data: { name: "Annexe", addressLines: ["BP 50097"], postcode: "77875", city: "MONTEREAU Cedex", addressLayout: "INLINE", phone: "01 64 69 35 00", position: 1 },
  });
  return { first, second };
}

describe("matrix: the school's sites", () => {
  matrixCase({
    name: "ajouter un site",
    allowed: ADMINS_ONLY,
    call: () => post(createSiteAction, fields),
    verify: async () => {
      expect(await prisma.site.findMany({ select: { name: true } })).toEqual([{ name: fields.name }]);
      expect(await auditActions()).toEqual(["site.created"]);
    },
  });

  matrixCase({
    name: "modifier un site",
    allowed: ADMINS_ONLY,
    setup: twoSites,
    call: (_cast, { second }) => post(updateSiteAction, { ...fields, id: second.id, updatedAt: second.updatedAt.toISOString(), phone: "01 64 69 35 99" }),
    verify: async (_cast, { second }) => {
      expect((await prisma.site.findUniqueOrThrow({ where: { id: second.id } })).phone).toBe("01 64 69 35 99");
      expect(await auditActions()).toEqual(["site.updated"]);
    },
  });

  matrixCase({
    name: "déplacer un site",
    allowed: ADMINS_ONLY,
    setup: twoSites,
    call: (_cast, { second }) => post(moveSiteAction, { id: second.id, direction: "up" }),
    verify: async (_cast, { first, second }) => {
      const order = await prisma.site.findMany({ orderBy: { position: "asc" }, select: { id: true } });
      expect(order.map((site) => site.id)).toEqual([second.id, first.id]);
      expect(await auditActions()).toEqual(["site.reordered"]);
    },
  });

  matrixCase({
    name: "supprimer un site",
    allowed: ADMINS_ONLY,
    setup: twoSites,
    call: (_cast, { second }) => post(deleteSiteAction, { id: second.id, confirm: "on" }),
    verify: async (_cast, { first }) => {
      expect(await prisma.site.findMany({ select: { id: true } })).toEqual([{ id: first.id }]);
      expect(await auditActions()).toEqual(["site.deleted"]);
    },
  });
});
