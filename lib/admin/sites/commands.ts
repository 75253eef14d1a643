import "server-only";
import { changedFields, recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { RequestContext } from "../../request-context";
import { revalidateSites } from "../../revalidate";
import { ConflictError, NotFoundError } from "../errors";
import { moveOneStep, renumbering, type MoveInput } from "../ordering";
import { serializeWrites } from "../serialize";
import type { DeleteSiteInput, SiteInput, UpdateSiteInput } from "./schema";

type Tx = Prisma.TransactionClient;

const siteLabel = (site: { id: string; name: string }) => ({ type: "site" as const, id: site.id, label: site.name });

/** The sites in the order "Nous contacter" lists them. */
function orderedSites(tx: Tx) {
  return tx.site.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, position: true, isHeadquarters: true } });
}

/**
 * "At most one headquarters": the flag leaves every other site, each change in the journal, in the
 * transaction of the site that takes it.
 */
async function clearOtherHeadquarters(tx: Tx, keepId: string | null, actor: Actor, ip: string): Promise<void> {
  const others = await tx.site.findMany({ where: { isHeadquarters: true, ...(keepId ? { id: { not: keepId } } : {}) }, select: { id: true, name: true } });
  for (const other of others) {
    await tx.site.update({ where: { id: other.id }, data: { isHeadquarters: false } });
    await recordAudit({ action: "site.updated", actor, target: siteLabel(other), details: { isHeadquarters: [true, false] }, ip }, tx);
  }
}

async function applyPositions(tx: Tx, rows: { id: string; position: number }[], ids: string[]): Promise<void> {
  for (const { id, position } of renumbering(rows, ids)) await tx.site.update({ where: { id }, data: { position } });
}

/** Adds a site at the end of the list. */
export async function createSite(actor: Actor | null, input: SiteInput, context: RequestContext) {
  requirePermission(actor, "site.manage");
  const site = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "sites");
    const last = await tx.site.aggregate({ _max: { position: true } });
    if (input.isHeadquarters) await clearOtherHeadquarters(tx, null, actor, context.ip);
    const site = await tx.site.create({ data: { ...input, position: (last._max.position ?? -1) + 1 }, select: { id: true, name: true } });
    await recordAudit({ action: "site.created", actor, target: siteLabel(site), details: changedFields({}, input), ip: context.ip }, tx);
    return site;
  });
  revalidateSites();
  return { id: site.id, name: site.name };
}

/** Edits a site, unless someone else saved it since the form was loaded. */
export async function updateSite(actor: Actor | null, input: UpdateSiteInput, context: RequestContext) {
  requirePermission(actor, "site.manage");
  const { id, updatedAt, ...data } = input;
  const changes = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "sites");
    const before = await tx.site.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Ce site n’existe pas ou plus : il a peut-être été supprimé entre-temps.");
    if (before.updatedAt.getTime() !== updatedAt.getTime()) throw new ConflictError();
    const changes = changedFields(before, data);
    if (Object.keys(changes).length === 0) return changes;
    if (data.isHeadquarters && !before.isHeadquarters) await clearOtherHeadquarters(tx, id, actor, context.ip);
    await tx.site.update({ where: { id }, data });
    await recordAudit({ action: "site.updated", actor, target: siteLabel({ id, name: data.name }), details: changes, ip: context.ip }, tx);
    return changes;
  });
  if (Object.keys(changes).length > 0) revalidateSites();
  return { changed: Object.keys(changes) };
}

/**
 * Moves a site one step up or down the list, the positions renumbered 0, 1, 2… A site already at
 * that end stays where it is.
 */
export async function moveSite(actor: Actor | null, input: MoveInput, context: RequestContext) {
  requirePermission(actor, "site.manage");
  const result = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "sites");
    const rows = await orderedSites(tx);
    const site = rows.find((row) => row.id === input.id);
    if (!site) throw new NotFoundError("Ce site n’existe pas ou plus : il a peut-être été supprimé entre-temps.");
    const from = rows.indexOf(site);
    const order = moveOneStep(
      rows.map((row) => row.id),
      input.id,
      input.direction,
    );
    if (!order) return { moved: false, name: site.name, position: from, count: rows.length };
    await applyPositions(tx, rows, order);
    const to = order.indexOf(input.id);
    await recordAudit({ action: "site.reordered", actor, target: siteLabel(site), details: { position: [from + 1, to + 1] }, ip: context.ip }, tx);
    return { moved: true, name: site.name, position: to, count: rows.length };
  });
  if (result.moved) revalidateSites();
  return result;
}

/** Removes a site; the others close ranks. The last one may go too: "Nous contacter" then lists none. */
export async function deleteSite(actor: Actor | null, input: DeleteSiteInput, context: RequestContext) {
  requirePermission(actor, "site.manage");
  const result = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "sites");
    const site = await tx.site.findUnique({ where: { id: input.id } });
    if (!site) throw new NotFoundError("Ce site n’existe pas ou plus : il a peut-être déjà été supprimé.");
    await tx.site.delete({ where: { id: site.id } });
    const rows = await orderedSites(tx);
    await applyPositions(
      tx,
      rows,
      rows.map((row) => row.id),
    );
    const { name, postcode, city, phone, isHeadquarters } = site;
    // One string: the journal reads a two-item array as "before → after".
    const addressLines = site.addressLines.join(", ");
    await recordAudit(
      { action: "site.deleted", actor, target: siteLabel(site), details: { name, addressLines, postcode, city, phone, isHeadquarters }, ip: context.ip },
      tx,
    );
    return { name: site.name, remaining: rows.length };
  });
  revalidateSites();
  return result;
}
