"use server";

import { recordAudit } from "@/lib/audit/record";
import { signOut } from "@/lib/auth/next-auth";
import { getActor } from "@/lib/auth/session";
import { actionFromOwnPage } from "@/lib/http/same-origin";
import { paths } from "@/lib/paths";
import { requestContext } from "@/lib/request-context";

/** "Se déconnecter": ends this browser's session (the cookie), recorded in the audit log. */
export async function signOutAction(): Promise<void> {
  // Another site cannot sign staff out (Next.js refuses its Origin; this refuses none at all).
  if (!(await actionFromOwnPage())) return;
  const actor = await getActor();
  if (actor) {
    const { ip } = await requestContext();
    await recordAudit({ action: "auth.sign_out", actor, ip });
  }
  await signOut({ redirectTo: paths.admin.signIn() });
}
