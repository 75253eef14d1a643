// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LibraryItem, UploadResponse } from "@/lib/media/library";
import { ALT_REQUIRED } from "@/lib/media/schema";
import { MediaUploader } from "./MediaUploader";
import type { UploadFieldValues } from "./upload-client";

type Progress = { onProgress?: (fraction: number) => void };
const uploadMedia = vi.fn<(file: File, fields: UploadFieldValues, options: Progress) => Promise<UploadResponse>>();
vi.mock("./upload-client", () => ({ uploadMedia: (file: File, fields: UploadFieldValues, options: Progress) => uploadMedia(file, fields, options) }));

const stored = (name: string): LibraryItem => ({
  id: name,
  src: `/medias/2026/05/${name}`,
  alt: "Le parvis",
  decorative: false,
  caption: "",
  credit: "© ENSP",
  width: 10,
  height: 10,
  originalName: name,
  thumbnailUrl: "/t",
  editUrl: `/admin/medias/${name}`,
});

const jpeg = (name: string, size = 1000) => new File([new Uint8Array(size)], name, { type: "image/jpeg" });

beforeEach(() => {
  uploadMedia.mockReset();
  URL.createObjectURL = vi.fn(() => "blob:apercu");
  URL.revokeObjectURL = vi.fn();
});

function choose(...files: File[]) {
  fireEvent.change(screen.getByLabelText(/^Ajouter des images/), { target: { files } });
}

describe("MediaUploader", () => {
  it("has a labelled file picker that takes several images, and announces what it received", () => {
    render(<MediaUploader defaultCredit="© ENSP" />);
    const input = screen.getByLabelText(/^Ajouter des images/) as HTMLInputElement;
    expect([input.type, input.multiple, input.accept]).toEqual(["file", true, "image/jpeg,image/png,image/webp,image/avif,.jpg,.jpeg,.png,.webp,.avif"]);
    choose(jpeg("a.jpg"), jpeg("b.jpg"), new File([], "vide.jpg"));
    expect(screen.getByText(/3 images ajoutées à la liste d’envoi, dont 1 refusée/)).toBeTruthy();
    expect(screen.getAllByRole("group")).toHaveLength(3);
    expect(screen.getByText("Le fichier est vide (0 octet) : choisissez à nouveau l’image sur votre appareil.")).toBeTruthy();
    // Each image has its own labelled fields, its credit filled from the settings.
    expect((screen.getAllByLabelText(/^Crédit/)[0] as HTMLInputElement).value).toBe("© ENSP");
    expect(screen.getByRole("button", { name: "Téléverser les 2 images" })).toBeTruthy();
  });

  it("sends nothing while an image has no alternative text, and says which", async () => {
    render(<MediaUploader defaultCredit="© ENSP" />);
    choose(jpeg("sans-texte.jpg"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Téléverser l’image" }));
    });
    expect(uploadMedia).not.toHaveBeenCalled();
    expect(screen.getByText(ALT_REQUIRED)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Texte alternatif/));
    expect(screen.getByText("Le texte alternatif de « sans-texte.jpg » manque : rien n’a été envoyé.")).toBeTruthy();
  });

  it("sends each image with its fields, shows its progress, then its answer", async () => {
    let report: ((fraction: number) => void) | undefined;
    let finish: ((answer: UploadResponse) => void) | undefined;
    uploadMedia.mockImplementation((_file, _fields, options) => {
      report = options.onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    const onUploaded = vi.fn();
    const onBatchDone = vi.fn();
    render(<MediaUploader defaultCredit="© ENSP" onUploaded={onUploaded} onBatchDone={onBatchDone} />);
    choose(jpeg("parvis.jpg"));
    fireEvent.change(screen.getByLabelText(/^Texte alternatif/), { target: { value: "Le parvis" } });
    fireEvent.change(screen.getByLabelText(/^Légende/), { target: { value: "La rentrée" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Téléverser l’image" }));
    });
    expect(uploadMedia.mock.calls[0]![1]).toEqual({ alt: "Le parvis", decorative: false, caption: "La rentrée", credit: "© ENSP" });
    act(() => report!(0.45));
    const bar = screen.getByLabelText("Progression de l’envoi de « parvis.jpg »") as HTMLProgressElement;
    expect([bar.max, bar.value]).toEqual([100, 45]);
    expect(screen.getByText("Envoi : 45 %")).toBeTruthy();
    await act(async () => finish!({ status: "created", message: "Image ajoutée à la médiathèque.", media: stored("parvis.jpg") }));
    expect(screen.getByText("Image ajoutée à la médiathèque.")).toBeTruthy();
    expect(onUploaded).toHaveBeenCalledWith(stored("parvis.jpg"), "created");
    expect(onBatchDone).toHaveBeenCalled();
    expect(screen.getByText("Envoi terminé : 1 image dans la médiathèque.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ouvrir la fiche de l’image « parvis.jpg » (nouvel onglet)" }).getAttribute("href")).toBe("/admin/medias/parvis.jpg");
  });

  it("shows the server's refusal beside the image, and lets it be removed", async () => {
    uploadMedia.mockResolvedValue({ status: "error", message: "Les images GIF ne sont pas acceptées.", fieldErrors: { fichier: "Les images GIF ne sont pas acceptées." } });
    render(<MediaUploader defaultCredit="" />);
    choose(jpeg("anim.jpg"));
    fireEvent.click(screen.getByLabelText(/^Image décorative/));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Téléverser l’image" }));
    });
    expect(uploadMedia.mock.calls[0]![1]).toMatchObject({ decorative: true });
    expect(screen.getAllByText("Les images GIF ne sont pas acceptées.").length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Retirer « anim.jpg » de la liste" }));
    expect(screen.queryAllByRole("group")).toHaveLength(0);
  });
});
