/** The driver adapter the Prisma CLI migrates with (prisma/cli-adapter.ts), on a real database. */
import { describe, expect, it } from "vitest";
import { CliAdapterFactory } from "../../prisma/cli-adapter";

describe("CLI adapter", () => {
  it("runs a migration script whole: semicolons inside function bodies and comments are not statement ends", async () => {
    const adapter = await new CliAdapterFactory(process.env.DATABASE_URL!).connect();
    try {
      await adapter.executeScript(`
        -- a comment; with a semicolon
        CREATE FUNCTION kiosque_test_answer() RETURNS integer LANGUAGE plpgsql AS $$
        BEGIN
          RETURN 42;
        END;
        $$;
        CREATE TABLE kiosque_test_notes (note text DEFAULT 'a; b');
        INSERT INTO kiosque_test_notes DEFAULT VALUES;
      `);
      const result = await adapter.queryRaw({ sql: "SELECT kiosque_test_answer() AS answer, (SELECT note FROM kiosque_test_notes) AS note", args: [], argTypes: [] });
      expect(result.rows).toEqual([[42, "a; b"]]);
    } finally {
      await adapter.dispose();
    }
  });

  it("applies a failing script not at all", async () => {
    const adapter = await new CliAdapterFactory(process.env.DATABASE_URL!).connect();
    try {
      await expect(adapter.executeScript("CREATE TABLE kiosque_half (id int); SELECT no_such_function();")).rejects.toThrow();
      const result = await adapter.queryRaw({ sql: "SELECT to_regclass('kiosque_half')::text AS t", args: [], argTypes: [] });
      expect(result.rows).toEqual([[null]]);
    } finally {
      await adapter.dispose();
    }
  });

  it("reads the catalog types `name` and \"char\" that adapter-pg alone cannot decode", async () => {
    const adapter = await new CliAdapterFactory(process.env.DATABASE_URL!).connect();
    try {
      const result = await adapter.queryRaw({
        sql: "SELECT current_database()::name AS db, relkind FROM pg_class WHERE relname = 'Article'",
        args: [],
        argTypes: [],
      });
      expect(result.rows).toEqual([[expect.stringMatching(/^kiosque_test_w/), "r"]]);
    } finally {
      await adapter.dispose();
    }
  });
});
