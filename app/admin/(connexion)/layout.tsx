import type { ReactNode } from "react";
import { AdminChrome } from "@/components/admin/AdminChrome";

/** Sign-in, second factor, choosing a password: the back office's pages for people not signed in. */
export default function SignedOutLayout({ children }: { children: ReactNode }) {
  return <AdminChrome actor={null}>{children}</AdminChrome>;
}
