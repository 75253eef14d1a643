import { z } from "zod";
import { idField } from "./fields";

/**
 * Moving an item of an ordered list (the school's sites, the categories) one step up or down, as
 * the "Monter" and "Descendre" buttons of a list ask. Pure, so that the rule is tested alone.
 */
export const DIRECTIONS = ["up", "down"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const moveSchema = z.object({
  id: idField,
  direction: z.enum(DIRECTIONS, { message: "Choisissez de monter ou de descendre l’élément." }),
});

export type MoveInput = z.output<typeof moveSchema>;

/**
 * `ids` in their new order, `id` swapped with its neighbour; null when `id` is not in the list or
 * already first (up) or last (down).
 */
export function moveOneStep(ids: readonly string[], id: string, direction: Direction): string[] | null {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  order[from] = ids[to]!;
  order[to] = id;
  return order;
}

/**
 * The position updates that make `rows` numbered 0, 1, 2… in the order of `ids`: only the rows whose
 * position changes, so that a renumbering after a move writes two rows, not the whole list.
 */
export function renumbering(rows: readonly { id: string; position: number }[], ids: readonly string[]): { id: string; position: number }[] {
  const current = new Map(rows.map((row) => [row.id, row.position]));
  return ids.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
}
