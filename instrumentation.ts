import type { Instrumentation } from "next";

/**
 * Every server error is logged once, as one structured line with the request id
 * (scripts/next-server-preload.cjs gives every request one) and the digest that the French error
 * page shows the reader: see docs/decisions/0008-back-office.md.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installConsoleErrorFilter } = await import("./lib/server-errors");
  installConsoleErrorFilter();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/server-errors");
  logRequestError(error, request, context);
};
