import type { ReactNode } from "react";
import { AdminChrome } from "@/components/admin/AdminChrome";
import { getActor, redirectToSignIn } from "@/lib/auth/session";

/**
 * The signed-in back office. This redirect is a convenience: every page, action and route handler
 * checks the session and its permission itself (a layout is not re-run on every navigation).
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) return redirectToSignIn();
  return <AdminChrome actor={actor}>{children}</AdminChrome>;
}
