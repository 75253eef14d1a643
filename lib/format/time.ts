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
