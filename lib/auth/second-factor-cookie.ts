import "server-only";
import { siteUrl } from "../env";
import { paths } from "../paths";

/** Carries the second-factor step of a sign-in between the two pages; HttpOnly, five minutes, on the sign-in path only. */
export const SECOND_FACTOR_COOKIE = "kiosque-second-facteur";

export function secondFactorCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: siteUrl().startsWith("https:"),
    path: paths.admin.signIn(),
    maxAge: 5 * 60,
  };
}
