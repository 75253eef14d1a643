import { describe, expect, it } from "vitest";
import { formatDateTimeFr, formatTimeFr, instantToParisDateTime, parisDateTimeToInstant, parisDayStart } from "./time";

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

  it("turns a date and time read in Paris into an instant, winter and summer", () => {
    expect(parisDateTimeToInstant("2026-12-01", "14:30")?.toISOString()).toBe("2026-12-01T13:30:00.000Z");
    expect(parisDateTimeToInstant("2026-07-14", "09:05")?.toISOString()).toBe("2026-07-14T07:05:00.000Z");
    expect(parisDateTimeToInstant("2026-12-31", "23:59")?.toISOString()).toBe("2026-12-31T22:59:00.000Z");
    expect(parisDateTimeToInstant("2027-01-01", "00:00")?.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("on the day the clocks go forward, before, in and after the skipped hour", () => {
    expect(parisDateTimeToInstant("2026-03-29", "01:59")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    // 02:30 never shows on a Paris clock that night: it is taken as 03:30, one hour later.
    expect(parisDateTimeToInstant("2026-03-29", "02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(parisDateTimeToInstant("2026-03-29", "03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(parisDateTimeToInstant("2026-03-29", "12:00")?.toISOString()).toBe("2026-03-29T10:00:00.000Z");
  });

  it("on the day the clocks go back, the repeated hour is its first occurrence", () => {
    expect(parisDateTimeToInstant("2026-10-25", "01:30")?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(parisDateTimeToInstant("2026-10-25", "02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(parisDateTimeToInstant("2026-10-25", "03:00")?.toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(parisDateTimeToInstant("2026-10-25", "12:00")?.toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });

  it("refuses what is not a day and a time", () => {
    for (const [day, time] of [
      ["2026-02-30", "10:00"],
      ["2026-13-01", "10:00"],
      ["2026-12-01", "24:00"],
      ["2026-12-01", "10:60"],
      ["01/12/2026", "10:00"],
      ["2026-12-01", "10h00"],
      ["", ""],
    ]) {
      expect(parisDateTimeToInstant(day!, time!)).toBeNull();
    }
  });

  it("reads an instant back as the date and time fields show it in Paris", () => {
    expect(instantToParisDateTime(new Date("2026-12-01T13:30:00Z"))).toEqual({ date: "2026-12-01", time: "14:30" });
    expect(instantToParisDateTime(new Date("2026-07-13T22:15:00Z"))).toEqual({ date: "2026-07-14", time: "00:15" });
    for (const [day, time] of [["2026-03-29", "03:00"], ["2026-10-25", "02:30"], ["2026-06-01", "08:00"]] as const) {
      expect(instantToParisDateTime(parisDateTimeToInstant(day, time)!)).toEqual({ date: day, time });
    }
  });
});

describe("a scheduled time with seconds", () => {
  it("keeps them", async () => {
    const { parisDateTimeToInstant } = await import("./time");
    expect(parisDateTimeToInstant("2026-12-01", "14:32:45")?.toISOString()).toBe("2026-12-01T13:32:45.000Z");
    expect(parisDateTimeToInstant("2026-12-01", "14:32:61")).toBeNull();
  });
});
