import { prisma } from "@/lib/db";

/**
 * Every row of every table of the test database, as one string: equal before and after a call
 * means the call changed nothing at all.
 */
export async function databaseSnapshot(): Promise<string> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${name.replace(/"/g, "")}" t ORDER BY row_to_json(t)::text`,
    );
    parts.push(`${name}:${rows.map((r) => r.row).join("\n")}`);
  }
  return parts.join("\n\n");
}
