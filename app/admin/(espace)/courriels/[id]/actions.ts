"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/action";
import { requeueMail } from "@/lib/admin/mails/commands";
import { mailIdSchema } from "@/lib/admin/mails/schema";
import { paths } from "@/lib/paths";

export const requeueMailAction = adminAction({
  permission: "mail.read",
  schema: mailIdSchema,
  command: requeueMail,
  onSuccess: ({ id }) => {
    revalidatePath(paths.admin.mail(id));
    return { message: "Le courriel est remis en file : il repartira dans quelques secondes si un serveur SMTP est configuré." };
  },
});
