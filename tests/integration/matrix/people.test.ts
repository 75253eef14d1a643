import { describe, expect } from "vitest";
import { createPersonAction } from "@/app/admin/(espace)/personnes/nouvelle/actions";
import {
  createPasswordLinkAction,
  deletePersonAction,
  disablePersonAction,
  enablePersonAction,
  resetTwoFactorAction,
  revokeSessionsAction,
  unlockPersonAction,
  updatePersonAction,
} from "@/app/admin/(espace)/personnes/[id]/actions";
import { accountKey } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { createStaff } from "../../factories";
import { auditActions, matrixCase, post } from "../../support/matrix";

// People are the admins' alone, ending someone's sessions included.
const ADMINS_ONLY = ["administrateur"] as const;

describe("matrix: people", () => {
  matrixCase({
    name: "créer une personne",
    allowed: ADMINS_ONLY,
    call: () => post(createPersonAction, { name: "Nina Nouvelle", email: "nina.nouvelle@ecole.example", role: "EDITOR" }),
    verify: async () => {
      const person = await prisma.user.findUniqueOrThrow({ where: { email: "nina.nouvelle@ecole.example" }, omit: { passwordHash: false } });
      expect(person).toMatchObject({ name: "Nina Nouvelle", role: "EDITOR", passwordHash: null, disabledAt: null });
      expect(await prisma.userToken.count({ where: { userId: person.id, purpose: "INVITATION", usedAt: null } })).toBe(1);
      expect(await auditActions()).toEqual(["user.created", "user.password_link_created"]);
    },
  });

  matrixCase({
    name: "modifier le nom et l’adresse d’une personne",
    allowed: ADMINS_ONLY,
    call: ({ author }) => post(updatePersonAction, { id: author.id, name: "Claire Renommée", email: "claire.renommee@ecole.example", role: "AUTHOR" }),
    verify: async ({ author }) => {
      expect(await prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ name: "Claire Renommée", email: "claire.renommee@ecole.example" });
      expect(await auditActions()).toEqual(["user.updated"]);
    },
  });

  matrixCase({
    name: "changer le rôle d’une personne",
    allowed: ADMINS_ONLY,
    call: ({ editor }) => post(updatePersonAction, { id: editor.id, name: editor.name, email: editor.email, role: "AUTHOR" }),
    verify: async ({ editor }) => {
      expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("AUTHOR");
      expect(await auditActions()).toEqual(["user.role_changed"]);
    },
  });

  matrixCase({
    name: "désactiver un compte",
    allowed: ADMINS_ONLY,
    call: ({ author }) => post(disablePersonAction, { id: author.id, confirmDisable: "on" }),
    verify: async ({ author }) => {
      expect((await prisma.user.findUniqueOrThrow({ where: { id: author.id } })).disabledAt).not.toBeNull();
      expect(await auditActions()).toEqual(["user.disabled"]);
    },
  });

  matrixCase({
    name: "réactiver un compte",
    allowed: ADMINS_ONLY,
    setup: () => createStaff("AUTHOR", { email: "ancien@ecole.example", name: "Arthur Ancien", disabledAt: new Date() }),
    call: (_cast, former) => post(enablePersonAction, { id: former.id }),
    verify: async (_cast, former) => {
      expect((await prisma.user.findUniqueOrThrow({ where: { id: former.id } })).disabledAt).toBeNull();
      expect(await auditActions()).toEqual(["user.enabled"]);
    },
  });

  matrixCase({
    name: "supprimer un compte sans article",
    allowed: ADMINS_ONLY,
    setup: () => createStaff("AUTHOR", { email: "stagiaire@ecole.example", name: "Sam Stagiaire" }),
    call: (_cast, intern) => post(deletePersonAction, { id: intern.id, confirmDelete: "on" }),
    verify: async (_cast, intern) => {
      expect(await prisma.user.findUnique({ where: { id: intern.id } })).toBeNull();
      expect(await auditActions()).toEqual(["user.deleted"]);
    },
  });

  matrixCase({
    name: "créer un lien pour choisir un mot de passe",
    allowed: ADMINS_ONLY,
    call: ({ author }) => post(createPasswordLinkAction, { id: author.id }),
    verify: async ({ author }) => {
      expect(await prisma.userToken.count({ where: { userId: author.id, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(1);
      expect(await auditActions()).toEqual(["user.password_link_created"]);
    },
  });

  matrixCase({
    name: "mettre fin aux sessions d’une personne",
    allowed: ADMINS_ONLY,
    call: ({ author }) => post(revokeSessionsAction, { id: author.id, confirmRevoke: "on" }),
    verify: async ({ author }) => {
      expect((await prisma.user.findUniqueOrThrow({ where: { id: author.id } })).sessionVersion).toBe(author.sessionVersion + 1);
      expect(await auditActions()).toEqual(["user.sessions_revoked"]);
    },
  });

  matrixCase({
    name: "débloquer un compte",
    allowed: ADMINS_ONLY,
    setup: async ({ author }) => {
      const now = new Date();
      await prisma.authThrottle.create({
        data: { key: accountKey(author.email), failures: 0, windowStartedAt: now, lockedUntil: new Date(now.getTime() + 15 * 60_000), updatedAt: now },
      });
    },
    call: ({ author }) => post(unlockPersonAction, { id: author.id }),
    verify: async ({ author }) => {
      expect(await prisma.authThrottle.count({ where: { key: accountKey(author.email) } })).toBe(0);
      expect(await auditActions()).toEqual(["user.unlocked"]);
    },
  });

  matrixCase({
    name: "réinitialiser la double authentification",
    allowed: ADMINS_ONLY,
    setup: async ({ author }) => {
      await prisma.user.update({ where: { id: author.id }, data: { totpSecret: "secret-scellé", totpEnabledAt: new Date(), totpLastStep: 1 } });
      await prisma.recoveryCode.create({ data: { userId: author.id, codeHash: "empreinte" } });
    },
    call: ({ author }) => post(resetTwoFactorAction, { id: author.id, confirmReset: "on" }),
    verify: async ({ author }) => {
      expect(await prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
      expect(await prisma.recoveryCode.count({ where: { userId: author.id } })).toBe(0);
      expect(await auditActions()).toEqual(["user.two_factor_reset"]);
    },
  });
});
