"use server";

import { adminAction } from "@/lib/admin/action";
import { requeueMail } from "@/lib/admin/mails/commands";
import { mailIdSchema } from "@/lib/admin/mails/schema";
import { paths } from "@/lib/paths";

export const requeueMailAction = adminAction({
  permission: "mail.read",
  schema: mailIdSchema,
  command: requeueMail,
  // The page changes (no more "Remettre en file"): back to it, with a fixed notice.
  onSuccess: ({ id }) => ({ redirectTo: `${paths.admin.mail(id)}?statut=remis` }),
});
