import { describe, expect, it } from "vitest";
import { moveOneStep, renumbering } from "./ordering";

describe("moving an item one step", () => {
  const ids = ["a", "b", "c"];

  it("swaps it with its neighbour", () => {
    expect(moveOneStep(ids, "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveOneStep(ids, "b", "down")).toEqual(["a", "c", "b"]);
    expect(ids).toEqual(["a", "b", "c"]);
  });

  it("leaves an item at its end of the list, or an unknown one, where it is", () => {
    expect(moveOneStep(ids, "a", "up")).toBeNull();
    expect(moveOneStep(ids, "c", "down")).toBeNull();
    expect(moveOneStep(ids, "z", "up")).toBeNull();
  });

  it("renumbers 0, 1, 2… writing only the rows whose position changes", () => {
    const rows = [
      { id: "a", position: 0 },
      { id: "b", position: 1 },
      { id: "c", position: 5 },
    ];
    expect(renumbering(rows, ["b", "a", "c"])).toEqual([
      { id: "b", position: 0 },
      { id: "a", position: 1 },
      { id: "c", position: 2 },
    ]);
    expect(renumbering(rows.slice(0, 2), ["a", "b"])).toEqual([]);
  });
});
