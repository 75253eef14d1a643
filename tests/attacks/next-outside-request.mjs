/**
 * Loader hooks for tests/attacks/write-corpus.ts: the write layer run in a plain Node process, before
 * the site it writes for has rendered a page. Only Next's request-bound helpers are replaced
 * (`revalidateTag` and `after` need a request; nothing is cached yet to invalidate) and `server-only`
 * (the process runs without React's server build) — the commands,
 * their zod schemas, permissions, transactions and audit entries run for real.
 */
import { register } from "node:module";

const stubs = {
  "next/cache": "export const revalidateTag = () => {}; export const revalidatePath = () => {}; export const unstable_cache = (fn) => fn; export const updateTag = () => {};",
  "next/server": "export const after = () => {}; export const connection = async () => {};",
  // Without React's server build (whose React lacks what next/navigation needs at import).
  "server-only": "export {};",
};

const hooks = `
const stubs = ${JSON.stringify(stubs)};
export async function resolve(specifier, context, next) {
  if (specifier in stubs) return { url: "data:text/javascript," + encodeURIComponent(stubs[specifier]), shortCircuit: true };
  return next(specifier, context);
}`;

register("data:text/javascript," + encodeURIComponent(hooks));
