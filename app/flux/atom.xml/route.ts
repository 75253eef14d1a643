import { feedResponse } from "@/lib/feeds/responses";

// Read at request time from tagged caches, never at `next build`.
export const dynamic = "force-dynamic";

export function GET() {
  return feedResponse({ kind: "all" }, "atom");
}
