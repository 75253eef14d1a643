// French typography: non-breaking spaces inside the guillemets, so that « never ends a line.
const quote = (text: string) => `«\u00a0${text}\u00a0»`;

/** "12 résultats pour « sécurité »", "1 résultat pour …", "Aucun résultat pour …". */
export function resultCountText(total: number, q: string): string {
  if (total === 0) return `Aucun résultat pour ${quote(q)}`;
  return `${total.toLocaleString("fr-FR")} résultat${total > 1 ? "s" : ""} pour ${quote(q)}`;
}
