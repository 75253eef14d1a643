// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EmptyTrashForm, RestoreArticleButton, TrashNotices } from "./TrashControls";

const router = { refresh: vi.fn(), push: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));
const actions = vi.hoisted(() => ({ restoreArticleAction: vi.fn(), emptyTrashAction: vi.fn() }));
vi.mock("./actions", () => actions);

beforeEach(() => {
  vi.clearAllMocks();
});

describe("the trash's controls", () => {
  it("restore an article with the version shown, then say so in a focused message that outlives the row", async () => {
    actions.restoreArticleAction.mockResolvedValue({ status: "success", data: { version: 8 } });
    const { rerender } = render(
      <TrashNotices>
        <RestoreArticleButton id="article1" version={7} title="Continuum de sécurité" />
      </TrashNotices>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Restaurer « Continuum de sécurité »" }));
    });
    expect(actions.restoreArticleAction).toHaveBeenCalledWith({ id: "article1", version: 7 });
    expect(router.refresh).toHaveBeenCalled();
    // The list is redrawn without the row: the message stays.
    rerender(<TrashNotices>{null}</TrashNotices>);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("« Continuum de sécurité » est sorti de la corbeille, avec le statut qu’il avait. Ouvrir l’article");
    expect(document.activeElement).toBe(status);
    expect(screen.getByRole("link", { name: "Ouvrir l’article" }).getAttribute("href")).toBe("/admin/articles/article1");
  });

  it("say in French why a restore failed, asking for a reload when the article changed meanwhile", async () => {
    actions.restoreArticleAction.mockResolvedValue({ status: "error", message: "autre message", conflict: { version: 9, content: {}, updatedAt: null } });
    render(
      <TrashNotices>
        <RestoreArticleButton id="article1" version={7} title="Continuum" />
      </TrashNotices>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Restaurer « Continuum »" }));
    });
    expect(screen.getByRole("alert").textContent).toContain("rechargez la page");
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("empty the trash only once the confirmation is ticked, then say how many articles went", async () => {
    actions.emptyTrashAction.mockResolvedValue({ status: "success", data: { deleted: 3 } });
    render(
      <TrashNotices>
        <EmptyTrashForm />
      </TrashNotices>,
    );
    expect(screen.getByRole("form", { name: "Vider la corbeille" })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Vider la corbeille" }));
    });
    expect(actions.emptyTrashAction).not.toHaveBeenCalled();
    const checkbox = screen.getByRole("checkbox", { name: /Je confirme la suppression définitive/ });
    expect(document.activeElement).toBe(checkbox);
    expect(checkbox.getAttribute("aria-describedby")).toContain("-erreur");
    expect(screen.getByText("Cochez la case pour confirmer la suppression définitive.")).toBeTruthy();

    fireEvent.click(checkbox);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Vider la corbeille" }));
    });
    expect(actions.emptyTrashAction).toHaveBeenCalledWith({});
    expect(screen.getByRole("status").textContent).toBe("La corbeille a été vidée : 3 articles supprimés définitivement.");
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
    expect(router.refresh).toHaveBeenCalled();
  });

  it("show an admin's refusal as an alert", async () => {
    actions.emptyTrashAction.mockResolvedValue({ status: "error", message: "Vous n’avez pas le droit d’effectuer cette action." });
    render(
      <TrashNotices>
        <EmptyTrashForm />
      </TrashNotices>,
    );
    fireEvent.click(screen.getByRole("checkbox"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Vider la corbeille" }));
    });
    expect(screen.getByRole("alert").textContent).toBe("Vous n’avez pas le droit d’effectuer cette action.");
  });
});
