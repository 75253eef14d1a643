import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { siteUrl } from "../env";
import { log, logError } from "../log";
import { paths } from "../paths";
import { clientAddressFrom } from "../request-context";
import { env } from "../env";
import { getAuthSecret } from "../secrets";
import { exchangeGrant } from "./sign-in";
import { isDatabaseUnavailable } from "../database/unavailable";

/** A staff session lasts a working day; it is renewed while used. */
export const SESSION_MAX_AGE_SECONDS = 12 * 3600;

// Auth.js takes its trusted public URL from AUTH_URL: derived from SITE_URL, so that `npm start`
// needs no variable, and so that a forged Host header never shapes a redirect.
process.env.AUTH_URL ??= `${siteUrl()}/api/auth`;

/**
 * next-auth v5 with JWT sessions and a single Credentials provider, which only exchanges a
 * single-use grant (lib/auth/sign-in.ts checked the password and the second factor first). The
 * configuration is built on the first request: `next build` needs neither the secret nor the data.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  basePath: "/api/auth",
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: paths.admin.signIn(), error: paths.admin.signIn() },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { grant: {} },
      async authorize(credentials, request) {
        const ip = clientAddressFrom((name) => request.headers.get(name), env().TRUSTED_PROXY_HOPS);
        const user = await exchangeGrant(credentials?.grant, ip);
        return user ? { id: user.id, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, uid: token.uid, sv: token.sv };
    },
  },
  logger: {
    // A wrong grant is an expected refusal, answered in French by the sign-in page: not an error.
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin" || isDatabaseUnavailable(error)) return;
      logError("auth_error", error);
    },
    warn(code) {
      log("warn", "auth_warning", { code });
    },
    debug() {},
  },
}));
