/**
 * The request around a server action, for integration tests: who is signed in (what next-auth's
 * `auth()` would decode from the cookie), the client's address and the cookies. Everything past
 * the cookie — the account still enabled, the session version, the permission — runs for real.
 */
import { vi } from "vitest";

type SessionToken = { uid: string; sv: number };

const state: { session: SessionToken | null; ip: string; cookies: Map<string, string>; origin: string | null } = {
  session: null,
  ip: "203.0.113.10",
  cookies: new Map(),
  // What a browser sends with a form post from the site's own page (lib/http/same-origin.ts).
  origin: new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).origin,
};

/** The Origin the next calls carry: another site's, or none (null). */
export function withOrigin(origin: string | null): void {
  state.origin = origin;
}

/** Acts as `user` (with the session version the session was opened with), or as nobody. */
export function actAs(user: { id: string; sessionVersion: number } | null): void {
  state.session = user ? { uid: user.id, sv: user.sessionVersion } : null;
}

export function fromAddress(ip: string): void {
  state.ip = ip;
}

export function resetRequest(): void {
  state.session = null;
  state.ip = "203.0.113.10";
  state.cookies.clear();
  state.origin = new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).origin;
}

export const nextAuthMock = {
  auth: vi.fn(async () => (state.session ? { ...state.session, expires: new Date(Date.now() + 3_600_000).toISOString() } : null)),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: { GET: vi.fn(), POST: vi.fn() },
};

export const nextHeadersMock = {
  headers: async () => new Headers({ "x-kiosque-peer-address": state.ip, "x-request-id": "requete-de-test", ...(state.origin ? { origin: state.origin } : {}) }),
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
  }),
};
