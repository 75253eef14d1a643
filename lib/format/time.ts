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
