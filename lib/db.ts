import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

function createClient(): PrismaClient {
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: max } = env();
  if (!url) {
    throw new Error(
      "DATABASE_URL n'est pas défini : démarrez Kiosque avec `npm start`, qui fournit la base embarquée, ou définissez DATABASE_URL.",
    );
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }),
    // Password hashes never leave lib/ by accident: a caller must ask for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { kiosquePrisma?: Client };

/**
 * The one Prisma client. Created on first use, so that importing lib/ (during `next build`, say)
 * needs no database.
 */
export const prisma: Client = new Proxy({} as Client, {
  get(_target, property) {
    globalForPrisma.kiosquePrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.kiosquePrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.kiosquePrisma) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.kiosquePrisma?.$disconnect();
  globalForPrisma.kiosquePrisma = undefined;
}
