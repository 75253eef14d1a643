// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/admin/form-state";
import { MoveButtons } from "./MoveButtons";

const idle = async (): Promise<FormState> => ({ status: "idle" });

describe("MoveButtons", () => {
  it("names each button after what it moves, and offers no move past either end", () => {
    const { rerender } = render(<MoveButtons action={idle} id="a" subject="le site « Cannes »" position={0} count={3} />);
    expect(screen.queryByRole("button", { name: /^Monter/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Descendre le site « Cannes »" })).toBeTruthy();

    rerender(<MoveButtons action={idle} id="a" subject="le site « Cannes »" position={2} count={3} />);
    expect(screen.getByRole("button", { name: "Monter le site « Cannes »" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Descendre/ })).toBeNull();

    rerender(<MoveButtons action={idle} id="a" subject="le site « Cannes »" position={0} count={1} />);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("sends the item and the direction, then focuses the answer while the item stays where it says", async () => {
    const action = vi.fn(async (_state: FormState, formData: FormData): Promise<FormState> => ({
      status: "success",
      message: `Déplacé : ${formData.get("id")} ${formData.get("direction")}`,
      data: { position: "0" },
    }));
    const { rerender } = render(<MoveButtons action={action} id="b" subject="la rubrique « Recherche »" position={1} count={3} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Monter la rubrique « Recherche »" }));
    });
    // The list is redrawn with the item at its new place.
    rerender(<MoveButtons action={action} id="b" subject="la rubrique « Recherche »" position={0} count={3} />);
    const status = await screen.findByRole("status");
    expect(status.textContent).toBe("Déplacé : b up");
    expect(document.activeElement).toBe(status);

    // Another item moved next to it: the answer no longer describes where it is.
    rerender(<MoveButtons action={action} id="b" subject="la rubrique « Recherche »" position={1} count={3} />);
    expect(screen.queryByRole("status")).toBeNull();
    // Moved back there by others, it does not come back (nor take the focus).
    rerender(<MoveButtons action={action} id="b" subject="la rubrique « Recherche »" position={0} count={3} />);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
