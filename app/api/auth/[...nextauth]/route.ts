import { foreignOriginResponse, isSameOrigin } from "@/lib/http/same-origin";
import { handlers } from "@/lib/auth/next-auth";
import type { NextRequest } from "next/server";

export const { GET } = handlers;

/**
 * Auth.js's own POST endpoints (sign-out, session update) check its CSRF token; a request from
 * another site's page is refused before that, whatever cookies it carries.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOrigin(request.headers)) return foreignOriginResponse();
  return handlers.POST(request);
}
