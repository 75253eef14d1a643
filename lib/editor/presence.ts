/** "Émile Éditeur modifie cet article depuis 3 minutes": who else has the article open, in words. */
export function presenceSentence(other: { name: string; since: string }, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(other.since)) / 60_000));
  return `${other.name} modifie cet article ${durationSince(minutes)}`;
}

function durationSince(minutes: number): string {
  if (minutes < 1) return "depuis moins d’une minute";
  if (minutes < 60) return `depuis ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? "depuis plus d’une heure" : `depuis plus de ${hours} heures`;
}
