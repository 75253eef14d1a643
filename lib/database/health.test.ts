import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

/** The events this process logged, in order. */
function logged(write: ReturnType<typeof vi.spyOn>): string[] {
  return write.mock.calls.map(([line]: unknown[]) => JSON.parse(String(line)).event as string).filter((event: string) => event.startsWith("database_"));
}

describe("the database's health in the log", () => {
  let write: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterEach(() => {
    write.mockRestore();
    vi.useRealTimers();
  });

  it("says once that it went away and once that it is back, however many failures meanwhile", async () => {
    const { reportDatabaseAnswered, reportDatabaseError } = await import("./health");
    for (let i = 0; i < 5; i++) reportDatabaseError(refused);
    reportDatabaseAnswered();
    reportDatabaseAnswered();
    expect(logged(write)).toEqual(["database_unavailable", "database_back"]);
  });

  it("takes failures ending just after its return for stragglers of the outage, and a later one for a new outage", async () => {
    const { reportDatabaseAnswered, reportDatabaseError, STRAGGLERS_MS, databaseIsAway } = await import("./health");
    reportDatabaseError(refused);
    vi.advanceTimersByTime(10_000);
    reportDatabaseAnswered();
    // A connection tried while PostgreSQL was starting fails a moment after another one succeeded.
    vi.advanceTimersByTime(50);
    reportDatabaseError(refused);
    expect(databaseIsAway()).toBe(false);
    expect(logged(write)).toEqual(["database_unavailable", "database_back"]);
    vi.advanceTimersByTime(STRAGGLERS_MS);
    reportDatabaseError(refused);
    expect(databaseIsAway()).toBe(true);
    expect(logged(write)).toEqual(["database_unavailable", "database_back", "database_unavailable"]);
  });
});
