import { AuthenticationRequiredError, CommandError } from "@/lib/admin/errors";
import { ExportTooLargeError, MAX_EXPORT_BYTES, saveExport } from "@/lib/admin/wordpress/export-files";
import { archiveBasesSchema, startDryRun } from "@/lib/admin/wordpress/commands";
import { requirePermission } from "@/lib/auth/authorize";
import { getActor } from "@/lib/auth/session";
import { foreignOriginResponse, isSameOrigin } from "@/lib/http/same-origin";
import { logError } from "@/lib/log";
import { paths } from "@/lib/paths";
import { requestContext } from "@/lib/request-context";
import type { UploadErrorCode } from "@/lib/admin/wordpress/upload-errors";

// The multipart envelope around the file.
const OVERHEAD_BYTES = 64 * 1024;

/** 303 to a page of this site (a path): the form works without JavaScript, as a plain post. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });
}

const back = (code: UploadErrorCode) => seeOther(`${paths.admin.wordpressImports()}?erreur=${code}`);

/**
 * POST /admin/import-wordpress/televersement: a WordPress export (multipart field "fichier"),
 * saved (export-files.ts), then tried in a dry run; answers 303 to that run's page, or back to the
 * form with the reason. A route rather than a server action: an export is far bigger than the
 * 1 MB a server action takes.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await getActor();
  try {
    requirePermission(actor, "wordpress.import");
  } catch (error) {
    if (error instanceof AuthenticationRequiredError) return seeOther(paths.admin.signIn());
    return new Response("Accès refusé.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (!isSameOrigin(request.headers)) return foreignOriginResponse();
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return back("illisible");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_EXPORT_BYTES + OVERHEAD_BYTES) return back("trop-lourd");

  const context = await requestContext();
  try {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return back("illisible");
    }
    const file = form.get("fichier");
    if (!file || typeof file === "string" || file.size === 0) return back("aucun-fichier");
    if (file.size > MAX_EXPORT_BYTES) return back("trop-lourd");
    // An export is XML: the first bytes say so, whatever the file is called.
    const head = Buffer.from(await file.slice(0, 2048).arrayBuffer()).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    if (!/^(<\?xml|<rss)/.test(head)) return back("pas-un-export");
    const bases = archiveBasesSchema.safeParse({ baseRubriques: form.get("baseRubriques"), baseMotsCles: form.get("baseMotsCles") });
    if (!bases.success) return back("prefixes");
    const saved = await saveExport(file.stream());
    const archiveBases = { category: bases.data.baseRubriques, tag: bases.data.baseMotsCles };
    const { id } = await startDryRun(actor, { sha256: saved.sha256, fileName: file.name || "export.xml", archiveBases }, context);
    return seeOther(paths.admin.wordpressImport(id));
  } catch (error) {
    if (error instanceof ExportTooLargeError) return back("trop-lourd");
    if (error instanceof CommandError) return back("refuse");
    logError("wordpress_upload_error", error, { requestId: context.requestId, actorId: actor.id });
    return back("erreur");
  }
}
