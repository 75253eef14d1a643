/**
 * The permission matrix: every back-office action called directly, as a form post would call its
 * server action, by each kind of visitor. A forbidden call must be refused and change nothing in
 * the database (not even the audit log); an allowed call must work.
 */
import { expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/admin/form-state";
import type { User } from "@/lib/generated/prisma/client";
import { createStaff, resetDatabase } from "../factories";
import { databaseSnapshot } from "./database-snapshot";
import { actAs, resetRequest } from "./request";

export const VISITORS = ["anonyme", "auteur", "autre auteur", "éditeur", "administrateur", "compte désactivé", "session révoquée"] as const;
export type Visitor = (typeof VISITORS)[number];

/** The people of a matrix case; `actor` is the one signed in for the call (null for anonyme). */
export type Cast = {
  author: User;
  otherAuthor: User;
  editor: User;
  admin: User;
  /** a former admin whose account is disabled: their old session must be worth nothing */
  disabled: User;
  /** an admin whose sessions were ended (sign-out everywhere) after this one was opened */
  revoked: User;
  actor: User | null;
};

export async function createCast(visitor: Visitor): Promise<Cast> {
  const [author, otherAuthor, editor, admin, disabled, revoked] = await Promise.all([
    createStaff("AUTHOR", { email: "auteur@ecole.example", name: "Claire Auteur" }),
    createStaff("AUTHOR", { email: "autre.auteur@ecole.example", name: "Paul Autre" }),
    createStaff("EDITOR", { email: "editeur@ecole.example", name: "Émile Éditeur" }),
    createStaff("ADMIN", { email: "admin@ecole.example", name: "Ada Admin" }),
    createStaff("ADMIN", { email: "desactive@ecole.example", name: "Dan Désactivé", disabledAt: new Date() }),
    createStaff("ADMIN", { email: "revoque@ecole.example", name: "Rémi Révoqué", sessionVersion: 2 }),
  ]);
  const actor: Record<Visitor, User | null> = {
    anonyme: null,
    auteur: author,
    "autre auteur": otherAuthor,
    éditeur: editor,
    administrateur: admin,
    "compte désactivé": disabled,
    "session révoquée": revoked,
  };
  const cast = { author, otherAuthor, editor, admin, disabled, revoked, actor: actor[visitor] };
  // The revoked admin's session was opened at version 1; the account is at 2 now.
  actAs(visitor === "session révoquée" ? { id: revoked.id, sessionVersion: 1 } : cast.actor);
  return cast;
}

/** Runs a server action the way a form post does; a redirect (thrown by Next.js) counts as its answer. */
export async function post(action: (state: FormState, formData: FormData) => Promise<FormState>, fields: Record<string, string | string[]>): Promise<FormState | { status: "redirect"; to: string }> {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) formData.append(key, item);
  try {
    return await action({ status: "idle" }, formData);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { status: "redirect", to: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/** Runs a server action the editor calls from its code (JSON in, JSON out), as the browser would. */
export async function call<T>(action: (input: unknown) => Promise<{ status: "success"; data: T } | { status: "error"; message: string }>, input: unknown) {
  return action(input);
}

type Case<Context> = {
  /** what the action does, in a few words */
  name: string;
  allowed: readonly Visitor[];
  /** rows the action needs, created before the call (as nobody in particular) */
  setup?: (cast: Cast) => Promise<Context>;
  call: (cast: Cast, context: Context) => Promise<FormState | { status: "redirect"; to: string } | { status: "success"; data?: unknown } | { status: "error"; message: string }>;
  /** what an allowed call must have changed */
  verify: (cast: Cast, context: Context) => Promise<void>;
};

/** One test per visitor for one action. Call inside a describe of a file that owns its database. */
export function matrixCase<Context = undefined>(spec: Case<Context>): void {
  for (const visitor of VISITORS) {
    const allowed = spec.allowed.includes(visitor);
    it(`${spec.name} — ${visitor} : ${allowed ? "autorisé" : "refusé"}`, async () => {
      resetRequest();
      await resetDatabase();
      const cast = await createCast(visitor);
      const context = (await spec.setup?.(cast)) as Context;
      const before = await databaseSnapshot();
      const result = await spec.call(cast, context);
      if (allowed) {
        expect(result.status, JSON.stringify(result)).not.toBe("error");
        await spec.verify(cast, context);
      } else {
        expect(result.status, JSON.stringify(result)).toBe("error");
        expect("message" in result ? result.message : "").toMatch(/droit|session|double authentification/i);
        expect(await databaseSnapshot()).toBe(before);
      }
    });
  }
}

export async function auditActions(): Promise<string[]> {
  return (await prisma.auditLog.findMany({ orderBy: { id: "asc" }, select: { action: true } })).map((row) => row.action);
}
