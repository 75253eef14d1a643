// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { RestoreRevisionButton } from "./RestoreRevisionButton";

const router = { refresh: vi.fn(), push: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));
const actions = vi.hoisted(() => ({ restoreRevisionAction: vi.fn() }));
vi.mock("../../actions", () => actions);

beforeEach(() => {
  vi.clearAllMocks();
});

const button = () => render(<RestoreRevisionButton articleId="article1" version={4} revisionId="12" description="du 3 décembre 2026 à 14 h 32" />);

describe("RestoreRevisionButton", () => {
  it("restores the revision on the version shown, then opens the editor", async () => {
    actions.restoreRevisionAction.mockResolvedValue({ status: "success", data: { version: 5 } });
    button();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Restaurer cette version du 3 décembre 2026 à 14 h 32" }));
    });
    expect(actions.restoreRevisionAction).toHaveBeenCalledWith({ id: "article1", version: 4, revisionId: "12" });
    expect(router.push).toHaveBeenCalledWith("/admin/articles/article1");
  });

  it("stays, and says why in a focused alert, when the article changed meanwhile or the restore is refused", async () => {
    actions.restoreRevisionAction.mockResolvedValueOnce({ status: "error", message: "Conflit", conflict: { version: 6, content: {}, updatedAt: null } });
    button();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /Restaurer cette version/ }));
    });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("rechargez-la");
    expect(document.activeElement).toBe(alert);
    expect(router.push).not.toHaveBeenCalled();

    actions.restoreRevisionAction.mockResolvedValueOnce({ status: "error", message: "Cet article est archivé : seul un éditeur peut le reprendre." });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /Restaurer cette version/ }));
    });
    expect(screen.getByRole("alert").textContent).toBe("Cet article est archivé : seul un éditeur peut le reprendre.");
  });
});
