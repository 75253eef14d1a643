// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LibraryItem, PickerPage } from "@/lib/media/library";
import type { MediaChoice } from "@/lib/media/types";
import { MediaPicker } from "./MediaPicker";

const listMediaAction = vi.fn();
vi.mock("@/app/admin/(espace)/medias/actions", () => ({ listMediaAction: (input: unknown) => listMediaAction(input) }));

const item = (id: string, alt: string, extra: Partial<LibraryItem> = {}): LibraryItem => ({
  id,
  src: `/medias/2026/05/${id}.jpg`,
  alt,
  decorative: false,
  caption: `Légende ${id}`,
  credit: "© ENSP",
  width: 1200,
  height: 800,
  originalName: `${id}.jpg`,
  thumbnailUrl: `/medias/recadrages/vignette/2026/05/${id}.jpg?v=1`,
  editUrl: `/admin/medias/${id}`,
  ...extra,
});

const page = (items: LibraryItem[], extra: Partial<PickerPage> = {}): { status: "success"; data: PickerPage } => ({
  status: "success",
  data: { items, page: 1, pageCount: 1, total: items.length, defaultCredit: "© ENSP", ...extra },
});

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

beforeEach(() => {
  listMediaAction.mockReset();
  listMediaAction.mockResolvedValue(page([item("parvis", "Le parvis"), item("amphi", "L’amphithéâtre")]));
});

describe("MediaPicker, hero mode", () => {
  it("shows the chosen image and its text alternative, and removes it", () => {
    const onChange = vi.fn();
    const value: MediaChoice = { id: "parvis", src: "/medias/2026/05/parvis.jpg", alt: "Le parvis", decorative: false, caption: "La rentrée", credit: "© ENSP", width: 1200, height: 800 };
    render(<MediaPicker label="Image principale" value={value} onChange={onChange} mode="hero" />);
    const group = screen.getByRole("group", { name: "Image principale" });
    expect(within(group).getByText("Texte alternatif : « Le parvis »")).toBeTruthy();
    expect(within(group).getByText("La rentrée © ENSP")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retirer l’image" }));
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it("opens a labelled dialog with the focus in its search field, lists the library, and gives back exactly a MediaChoice", async () => {
    const onChange = vi.fn();
    render(<MediaPicker label="Image principale" value={null} onChange={onChange} mode="hero" />);
    expect(screen.getByText("Aucune image choisie.")).toBeTruthy();
    const opener = screen.getByRole("button", { name: "Choisir une image" });
    fireEvent.click(opener);
    await flush();
    const dialog = screen.getByRole("dialog", { name: "Image principale : choisir une image" });
    expect(document.activeElement).toBe(within(dialog).getByRole("searchbox", { name: /Chercher une image/ }));
    expect(listMediaAction).toHaveBeenCalledWith({ q: "", page: 1 });
    expect(within(dialog).getByRole("status").textContent).toBe("2 images, page 1 sur 1.");

    fireEvent.click(within(dialog).getByRole("button", { name: "Choisir l’image « L’amphithéâtre »" }));
    await flush();
    expect(onChange).toHaveBeenCalledWith({
      id: "amphi",
      src: "/medias/2026/05/amphi.jpg",
      alt: "L’amphithéâtre",
      decorative: false,
      caption: "Légende amphi",
      credit: "© ENSP",
      width: 1200,
      height: 800,
    });
    expect(Object.keys(onChange.mock.calls[0]![0]).sort()).toEqual(["alt", "caption", "credit", "decorative", "height", "id", "src", "width"]);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("searches on Enter without submitting anything around it, and closes on Escape with the focus back", async () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <MediaPicker label="Image principale" value={null} onChange={vi.fn()} mode="hero" />
      </form>,
    );
    const opener = screen.getByRole("button", { name: "Choisir une image" });
    fireEvent.click(opener);
    await flush();
    listMediaAction.mockResolvedValueOnce(page([], { total: 0 }));
    const search = screen.getByRole("searchbox", { name: /Chercher une image/ });
    fireEvent.change(search, { target: { value: "cour d’honneur" } });
    fireEvent.keyDown(search, { key: "Enter" });
    await flush();
    expect(listMediaAction).toHaveBeenLastCalledWith({ q: "cour d’honneur", page: 1 });
    expect(screen.getByRole("status").textContent).toBe("Aucune image ne correspond à « cour d’honneur ».");
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.keyDown(search, { key: "Escape" });
    await flush();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("pages through the library and says when it cannot load", async () => {
    listMediaAction.mockResolvedValueOnce(page([item("a", "A")], { page: 1, pageCount: 2, total: 19 }));
    render(<MediaPicker label="Image principale" value={null} onChange={vi.fn()} mode="hero" />);
    fireEvent.click(screen.getByRole("button", { name: "Choisir une image" }));
    await flush();
    expect((screen.getByRole("button", { name: "Page précédente" }) as HTMLButtonElement).disabled).toBe(true);
    listMediaAction.mockResolvedValueOnce({ status: "error", message: "Votre session a pris fin : reconnectez-vous pour continuer." });
    fireEvent.click(screen.getByRole("button", { name: "Page suivante" }));
    await flush();
    expect(listMediaAction).toHaveBeenLastCalledWith({ q: "", page: 2 });
    expect(screen.getByRole("status").textContent).toBe("Votre session a pris fin : reconnectez-vous pour continuer.");
  });
});

describe("MediaPicker, body mode", () => {
  it("is one button, « Insérer une image », that inserts the chosen medium", async () => {
    const onChange = vi.fn();
    render(<MediaPicker label="Corps de l’article" value={null} onChange={onChange} mode="body" />);
    expect(screen.queryByRole("group")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Insérer une image" }));
    await flush();
    const dialog = screen.getByRole("dialog", { name: "Corps de l’article : insérer une image" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Insérer l’image « Le parvis »" }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ id: "parvis", alt: "Le parvis" }));
  });

  it("offers an upload on the spot, behind a disclosure button", async () => {
    render(<MediaPicker label="Corps de l’article" value={null} onChange={vi.fn()} mode="body" />);
    fireEvent.click(screen.getByRole("button", { name: "Insérer une image" }));
    await flush();
    const toggle = screen.getByRole("button", { name: "Téléverser une nouvelle image" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByLabelText(/Images à ajouter à la médiathèque/)).toBeTruthy();
  });
});
