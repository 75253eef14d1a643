import { scopedFeedRoute } from "@/lib/feeds/responses";

export const dynamic = "force-dynamic";

export const GET = scopedFeedRoute("category", "rss");
