import { AuthenticationRequiredError, CommandError, ForbiddenError } from "@/lib/admin/errors";
import { formDataToObject } from "@/lib/admin/form-data";
import { requirePermission } from "@/lib/auth/authorize";
import { getActor } from "@/lib/auth/session";
import { FOREIGN_ORIGIN_MESSAGE, isSameOrigin } from "@/lib/http/same-origin";
import { logError } from "@/lib/log";
import { uploadMedia } from "@/lib/media/commands";
import type { UploadResponse } from "@/lib/media/library";
import { MAX_UPLOAD_BYTES, UPLOAD_BODY_OVERHEAD_BYTES, UPLOAD_MESSAGES } from "@/lib/media/limits";
import { uploadFieldsSchema } from "@/lib/media/schema";
import { ImageRejectedError } from "@/lib/media/upload";
import { requestContext } from "@/lib/request-context";
import { isDatabaseUnavailable } from "@/lib/database/unavailable";

const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + UPLOAD_BODY_OVERHEAD_BYTES;

function answer(status: number, body: UploadResponse): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/**
 * The body, read up to `limit` bytes and no further: Next.js sets no limit on a route handler's
 * body (server actions stop at 1 MB, hence this route), so a client announcing nothing, or lying,
 * cannot make the server hold more than one image's worth. Null when it is bigger.
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * POST /admin/medias/televersement: one image (multipart field "fichier") with its alternative
 * text, "decorative", caption and credit. The upload form sends one request per image, each with
 * its own progress bar. Answers JSON: 201 created, 200 already in the library, 4xx with a French
 * message.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await getActor();
  try {
    requirePermission(actor, "media.upload");
  } catch (error) {
    if (error instanceof AuthenticationRequiredError) return answer(401, { status: "error", message: error.message });
    if (error instanceof ForbiddenError) return answer(403, { status: "error", message: error.message });
    throw error;
  }
  // The session cookie is SameSite=Lax already; this does not rely on it alone.
  if (!isSameOrigin(request.headers)) return answer(403, { status: "error", message: FOREIGN_ORIGIN_MESSAGE });
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return answer(415, { status: "error", message: "Envoi illisible : l’image doit être envoyée par le formulaire de la médiathèque." });
  }
  const announced = Number(request.headers.get("content-length") ?? "0");
  if (announced > MAX_BODY_BYTES) return answer(413, { status: "error", message: UPLOAD_MESSAGES.bodyTooHeavy() });

  const context = await requestContext();
  try {
    const body = await readBody(request, MAX_BODY_BYTES);
    if (!body) return answer(413, { status: "error", message: UPLOAD_MESSAGES.bodyTooHeavy() });
    let formData: FormData;
    try {
      formData = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    } catch {
      return answer(400, { status: "error", message: "Envoi illisible ou interrompu : réessayez." });
    }
    const files = formData.getAll("fichier").filter((value): value is File => typeof value !== "string");
    if (files.length === 0) return answer(400, { status: "error", message: UPLOAD_MESSAGES.noFile, fieldErrors: { fichier: UPLOAD_MESSAGES.noFile } });
    if (files.length > 1) return answer(400, { status: "error", message: UPLOAD_MESSAGES.oneFile, fieldErrors: { fichier: UPLOAD_MESSAGES.oneFile } });
    const fields = uploadFieldsSchema.safeParse(formDataToObject(formData));
    if (!fields.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of fields.error.issues) fieldErrors[issue.path.map(String).join(".") || "_form"] ??= issue.message;
      return answer(400, { status: "error", message: Object.values(fieldErrors).join(" "), fieldErrors });
    }
    const file = files[0]!;
    const result = await uploadMedia(actor, { file: { bytes: Buffer.from(await file.arrayBuffer()), name: file.name }, fields: fields.data }, context);
    if (result.status === "duplicate") {
      const name = result.media.decorative || !result.media.alt ? result.media.originalName : result.media.alt;
      return answer(200, {
        status: "duplicate",
        message: `Cette image est déjà dans la médiathèque (« ${name} ») : c’est elle qui est proposée, avec son texte alternatif et son point d’intérêt. Ce que vous avez saisi pour cet envoi n’a pas été enregistré.`,
        media: result.media,
      });
    }
    return answer(201, { status: "created", message: "Image ajoutée à la médiathèque.", media: result.media });
  } catch (error) {
    if (error instanceof ImageRejectedError) return answer(error.status, { status: "error", message: error.message, fieldErrors: { fichier: error.message } });
    if (error instanceof CommandError) return answer(error instanceof ForbiddenError ? 403 : 400, { status: "error", message: error.message });
    if (isDatabaseUnavailable(error)) {
      return answer(503, { status: "error", message: "Le service est temporairement indisponible : l’image n’a pas été enregistrée. Réessayez dans quelques instants." });
    }
    logError("media_upload_error", error, { requestId: context.requestId, actorId: actor.id });
    return answer(500, {
      status: "error",
      message: `Une erreur inattendue est survenue : l’image n’a pas été enregistrée. Si elle se reproduit, indiquez cette référence : ${context.requestId ?? "inconnue"}.`,
    });
  }
}
