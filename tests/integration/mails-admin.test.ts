import { beforeEach, describe, expect, it } from "vitest";
import { requeueMail } from "@/lib/admin/mails/commands";
import { getMail, listMails } from "@/lib/admin/mails/queries";
import type { Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/outbox";
import { createStaff, resetDatabase } from "../factories";

const CONTEXT = { ip: "203.0.113.10", requestId: "requete-de-test" };
const asActor = (user: User): Actor => ({ id: user.id, email: user.email, name: user.name, role: user.role, twoFactorEnabled: false, mustEnrollTwoFactor: false });

let admin: Actor;

beforeEach(async () => {
  await resetDatabase();
  admin = asActor(await createStaff("ADMIN"));
});

const queue = (to: string) =>
  prisma.$transaction((tx) => queueMail(tx, { kind: "RECOMMENDATION", to, subject: "Une page à lire", text: "Texte", html: "<script>alert(1)</script><p>HTML</p>" }));

describe("/admin/courriels", () => {
  it("lists mails with the recipient's hint only, filtered by state, and shows one mail's content unsealed", async () => {
    const { id } = await queue("jeanne.martin@example.fr");
    const failed = await queue("paul@example.fr");
    await prisma.outboxMail.update({ where: { id: failed.id }, data: { status: "FAILED", lastError: "550 : refusé" } });

    const all = await listMails(admin, { page: 1 });
    expect(all.total).toBe(2);
    expect(JSON.stringify(all, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toMatch(/jeanne|paul@/);
    expect((await listMails(admin, { etat: "echec", page: 1 })).mails.map((mail) => mail.id)).toEqual([failed.id.toString()]);

    const detail = await getMail(admin, id.toString());
    expect(detail?.content).toEqual({ to: "jeanne.martin@example.fr", subject: "Une page à lire", text: "Texte", html: "<script>alert(1)</script><p>HTML</p>" });
    await prisma.outboxMail.update({ where: { id }, data: { sealed: null } });
    expect((await getMail(admin, id.toString()))?.content).toBe("erased");
    expect(await getMail(admin, "999999")).toBeNull();
  });

  it("puts back a FAILED mail once, and refuses any other", async () => {
    const { id } = await queue("jeanne@example.fr");
    await expect(requeueMail(admin, { id: id.toString() }, CONTEXT)).rejects.toThrow(/Seul un courriel en échec/);
    await prisma.outboxMail.update({ where: { id }, data: { status: "FAILED", attempts: 10 } });
    const results = await Promise.allSettled([requeueMail(admin, { id: id.toString() }, CONTEXT), requeueMail(admin, { id: id.toString() }, CONTEXT)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await prisma.auditLog.count({ where: { action: "mail.requeued" } })).toBe(1);
    await expect(requeueMail(admin, { id: "999999" }, CONTEXT)).rejects.toThrow(/n’existe pas/);
  });
});
