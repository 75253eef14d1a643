import "server-only";
import type { Prisma } from "../generated/prisma/client";

/**
 * Makes the writes of one kind wait for each other until their transaction ends, on every instance
 * sharing the database: each reads the list (positions, the headquarters, the slugs in use), decides,
 * then writes, and two of them interleaved would both decide on the same stale reading. Readers are
 * never blocked. The lock is released at commit or rollback.
 */
export async function serializeWrites(tx: Prisma.TransactionClient, scope: "sites" | "categories" | "tags"): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kiosque:admin:${scope}`}))`;
}
