/** "14 h 32", in the school's time zone: when a lock ends, say. */
export function formatTimeFr(date: Date): string {
  const parts = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).formatToParts(date);
  const hour = parts.find((part) => part.type === "hour")?.value ?? "";
  const minute = parts.find((part) => part.type === "minute")?.value ?? "";
  return `${Number(hour)} h ${minute}`;
}

/** "30 novembre 2026 à 14 h 32", in the school's time zone. */
export function formatDateTimeFr(date: Date): string {
  const day = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(date);
  return `${day} à ${formatTimeFr(date)}`;
}

const PARIS = "Europe/Paris";

/** Minutes Paris is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: PARIS,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant a day ("2026-11-30") starts in Paris, `plusDays` later. */
export function parisDayStart(isoDay: string, plusDays = 0): Date {
  const [year, month, day] = isoDay.split("-").map(Number) as [number, number, number];
  const utcMidnight = new Date(Date.UTC(year, month - 1, day + plusDays));
  // At 00:00 UTC Paris is at 01:00 or 02:00, before any daylight-saving switch (02:00 or 03:00).
  return new Date(utcMidnight.getTime() - parisOffsetMinutes(utcMidnight) * 60_000);
}

const PARIS_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Minutes, or seconds too (a time field sends them when they are set).
const PARIS_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant of a date and time read on a clock in Paris ("2026-12-01", "14:30"), as a form's
 * date and time fields give them; null when they do not name a real day and time. A time skipped
 * when the clocks go forward (02:30 on the last Sunday of March) is taken one hour later, as a
 * clock would show it; a time that happens twice when they go back is its first occurrence.
 */
export function parisDateTimeToInstant(isoDay: string, time: string): Date | null {
  const day = PARIS_DATE.exec(isoDay.trim());
  const clock = PARIS_TIME.exec(time.trim());
  if (!day || !clock) return null;
  const [year, month, date, hour, minute, second] = [day[1], day[2], day[3], clock[1], clock[2], clock[3] ?? "0"].map(Number) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, date, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  // Paris is at one of the offsets it has around that day; the instant is the one whose offset agrees.
  const offsets = [...new Set([parisOffsetMinutes(new Date(wall - 86_400_000)), parisOffsetMinutes(new Date(wall + 86_400_000))])];
  const matches = offsets.map((offset) => wall - offset * 60_000).filter((instant) => wall - parisOffsetMinutes(new Date(instant)) * 60_000 === instant);
  if (matches.length > 0) return new Date(Math.min(...matches));
  // In the hour the clocks skip: the smaller offset (before the switch) lands after it.
  return new Date(wall - Math.min(...offsets) * 60_000);
}

/** The date and time a clock in Paris shows at `instant`, as a form's date and time fields take them. */
export function instantToParisDateTime(instant: Date): { date: string; time: string } {
  const local = new Date(instant.getTime() + parisOffsetMinutes(instant) * 60_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}
