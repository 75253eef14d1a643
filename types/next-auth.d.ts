// What Kiosque keeps in a staff session: the user's id and the session version it was opened with
// (lib/auth/session.ts compares it with the database on every request). Nothing else: the name,
// the role and the rest are read fresh each time.
import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    uid?: string;
    sv?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
