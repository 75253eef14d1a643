"use server";

import { adminAction } from "@/lib/admin/action";
import { confirmImport, confirmImportSchema } from "@/lib/admin/wordpress/commands";
import { paths } from "@/lib/paths";

export const confirmImportAction = adminAction({
  permission: "wordpress.import",
  schema: confirmImportSchema,
  command: confirmImport,
  onSuccess: ({ id }) => ({ redirectTo: paths.admin.wordpressImport(id) }),
});
