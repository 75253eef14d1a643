import { describe, expect, it } from "vitest";
import { formatDateTimeFr, formatTimeFr, parisDayStart } from "./time";

describe("times in the school's time zone", () => {
  it("says when a lock ends, as the French write it", () => {
    expect(formatTimeFr(new Date("2026-11-30T13:32:00Z"))).toBe("14 h 32");
    expect(formatTimeFr(new Date("2026-07-01T07:05:00Z"))).toBe("9 h 05");
    expect(formatDateTimeFr(new Date("2026-11-30T13:32:00Z"))).toBe("30 novembre 2026 à 14 h 32");
  });

  it("finds midnight in Paris, winter, summer and on the days the clocks change", () => {
    expect(parisDayStart("2026-11-30").toISOString()).toBe("2026-11-29T23:00:00.000Z");
    expect(parisDayStart("2026-07-14").toISOString()).toBe("2026-07-13T22:00:00.000Z");
    expect(parisDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parisDayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(parisDayStart("2026-12-31", 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});
