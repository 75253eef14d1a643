import { describe, expect, it } from "vitest";
import { classifyDatabaseError, DatabaseUnavailableError, isDatabaseUnavailable } from "./unavailable";
import { DATABASE_UNAVAILABLE_DIGEST } from "./unavailable-digest";

// The shapes seen with Prisma 6.19 + @prisma/adapter-pg when PostgreSQL is stopped, restarting or cut.
const refused = { code: "P1001", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } } };
const rawRefused = { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } };
const adminShutdown = { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } };

describe("isDatabaseUnavailable", () => {
  it("recognises a database that cannot be reached, in every shape it arrives", () => {
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(rawRefused)).toBe(true);
    expect(isDatabaseUnavailable(adminShutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: refused }))).toBe(true);
  });

  it("leaves query errors alone", () => {
    expect(isDatabaseUnavailable({ code: "P2002", meta: { target: ["slug"] } })).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "42601" } } } })).toBe(false);
    expect(isDatabaseUnavailable(new Error("Article introuvable"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("carries the digest the error pages read, around the original error", () => {
    const error = classifyDatabaseError(refused);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect((error as Error).cause).toBe(refused);
    const other = new Error("autre");
    expect(classifyDatabaseError(other)).toBe(other);
  });
});
