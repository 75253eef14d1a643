import { paths } from "@/lib/paths";
import type { ClientChannel } from "@/lib/shares/channels";

/**
 * Tells the server that the page at `path` was recommended through `channel`: a beacon survives
 * the navigation a share link starts. No cookie, nothing about the reader: the page and the channel.
 * Plain text, a CORS-safelisted type, so that no browser turns it into a preflighted request.
 */
export function sendShareBeacon(path: string, channel: ClientChannel): void {
  const body = JSON.stringify({ page: path, channel });
  try {
    if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(paths.shareBeacon(), new Blob([body], { type: "text/plain;charset=UTF-8" }))) return;
    void fetch(paths.shareBeacon(), { method: "POST", body, keepalive: true, credentials: "omit", headers: { "content-type": "text/plain;charset=UTF-8" } }).catch(() => {});
  } catch {
    // Counting must never get in the reader's way.
  }
}
