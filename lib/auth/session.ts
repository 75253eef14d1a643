import "server-only";
import { unstable_cache } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { tags } from "../cache-tags";
import { prisma } from "../db";
import { paths } from "../paths";
import { auth } from "./next-auth";
import type { Role } from "./permissions";
import { safeCallbackUrl } from "./schemas";

/** The member of staff behind a request, read fresh from the database on every request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  twoFactorEnabled: boolean;
  /** an admin without two-factor authentication while the settings require it: may only enrol */
  mustEnrollTwoFactor: boolean;
};

const requireAdminTwoFactor = unstable_cache(
  async () => (await prisma.siteSettings.findUnique({ where: { id: 1 }, select: { requireAdminTwoFactor: true } }))?.requireAdminTwoFactor ?? false,
  ["settings-require-admin-2fa"],
  { tags: [tags.settings] },
);

/**
 * The session's user when the session still holds: the account exists, is enabled, and its
 * session version is the one the session was opened with (a sign-out everywhere, a disabling, a
 * demotion or a new password bumps it, and every open session ends at its next request).
 * One indexed query.
 */
export async function loadActor(session: { uid?: string; sv?: number } | null): Promise<Actor | null> {
  if (!session?.uid || typeof session.sv !== "number") return null;
  const user = await prisma.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true, totpEnabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sv) return null;
  const twoFactorEnabled = user.totpEnabledAt !== null;
  const mustEnrollTwoFactor = user.role === "ADMIN" && !twoFactorEnabled && (await requireAdminTwoFactor());
  return { id: user.id, email: user.email, name: user.name, role: user.role, twoFactorEnabled, mustEnrollTwoFactor };
}

/** The actor of this request, or null. Read once per request whatever asks (layout, page, action). */
export const getActor = cache(async (): Promise<Actor | null> => loadActor(await auth()));

/**
 * For back-office pages: the actor, or a redirect to the sign-in page; an admin who must enrol in
 * two-factor authentication is sent to the enrolment page first. Each page also checks its own
 * permission (lib/auth/authorize.ts): this only says who is there.
 */
export async function requireActorForPage(options: { allowPendingTwoFactor?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) return redirectToSignIn();
  if (actor.mustEnrollTwoFactor && !options.allowPendingTwoFactor) redirect(paths.admin.twoFactor());
  return actor;
}

/**
 * To the sign-in page, which sends the person back to the page they asked for once signed in
 * (scripts/next-server-preload.cjs records it; Next.js's own `_rsc` parameter is dropped).
 */
export async function redirectToSignIn(): Promise<never> {
  const requested = (await headers()).get("x-kiosque-url");
  let target = paths.admin.home();
  if (requested) {
    const url = new URL(requested, "http://kiosque.invalid");
    url.searchParams.delete("_rsc");
    target = safeCallbackUrl(`${url.pathname}${url.search}`);
  }
  redirect(target === paths.admin.home() ? paths.admin.signIn() : `${paths.admin.signIn()}?callbackUrl=${encodeURIComponent(target)}`);
}
