import type { UploadResponse } from "@/lib/media/library";
import { paths } from "@/lib/paths";

export type UploadFieldValues = { alt: string; decorative: boolean; caption: string; credit: string };

const NETWORK_ERROR = "La connexion a été interrompue pendant l’envoi : vérifiez le réseau, puis réessayez.";
const ABORTED = "Envoi annulé.";

/**
 * Sends one image to the upload endpoint. XMLHttpRequest rather than fetch: only it reports the
 * progress of a request's body, which each file's progress bar shows.
 */
export function uploadMedia(
  file: File,
  fields: UploadFieldValues,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadResponse> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.append("fichier", file, file.name);
    body.append("alt", fields.decorative ? "" : fields.alt);
    if (fields.decorative) body.append("decorative", "on");
    body.append("caption", fields.caption);
    body.append("credit", fields.credit);

    const request = new XMLHttpRequest();
    request.open("POST", paths.admin.mediaUpload());
    request.responseType = "json";
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = request.response as UploadResponse | null;
      if (answer && typeof answer === "object" && "status" in answer) resolve(answer);
      else resolve({ status: "error", message: `Le serveur a répondu ${request.status} sans explication : réessayez dans un instant.` });
    };
    request.onerror = () => resolve({ status: "error", message: NETWORK_ERROR });
    request.onabort = () => resolve({ status: "error", message: ABORTED });
    options.signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(body);
  });
}
