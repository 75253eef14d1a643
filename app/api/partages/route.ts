import { z } from "zod";
import { logError } from "@/lib/log";
import { resolveSharedPage, sharedPathSchema } from "@/lib/recommend/shared-page";
import { CLIENT_CHANNELS } from "@/lib/shares/channels";
import { clientAddress, countable, countShare } from "@/lib/shares/count-share";
import { isDatabaseUnavailable } from "@/lib/database/unavailable";

export const dynamic = "force-dynamic";

/** A beacon is two short fields: anything longer is not one. */
const MAX_BODY_BYTES = 1024;

const beaconSchema = z.strictObject(
  {
    page: sharedPathSchema,
    channel: z.enum(CLIENT_CHANNELS, { message: "Canal de partage inconnu." }),
  },
  { message: "Signal de partage invalide." },
);

const NO_CONTENT = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
const BAD_REQUEST = (message: string) => Response.json({ erreur: message }, { status: 400, headers: { "Cache-Control": "no-store" } });

/**
 * The share panel's beacon: `{"page": "/actualites/…", "channel": "LINKEDIN"}`. Malformed input is
 * a 400; everything else — counted, a bot, another site, an unpublished page, a limit reached,
 * even a failure — is the same 204, so that nobody learns where the limits are by probing.
 */
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return BAD_REQUEST("Signal de partage trop long.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return BAD_REQUEST("Signal de partage trop long.");
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return BAD_REQUEST("Signal de partage invalide.");
  }
  const parsed = beaconSchema.safeParse(input);
  if (!parsed.success) return BAD_REQUEST(parsed.error.issues[0]?.message ?? "Signal de partage invalide.");

  if (!countable(request.headers)) return NO_CONTENT();
  try {
    const page = await resolveSharedPage(parsed.data.page);
    if (page) await countShare(page, parsed.data.channel, clientAddress(request.headers));
  } catch (error) {
    // A figure lost is better than a reader's click answered with an error.
    if (!isDatabaseUnavailable(error)) logError("share.count_failed", error, { requestId: request.headers.get("x-request-id") });
  }
  return NO_CONTENT();
}
