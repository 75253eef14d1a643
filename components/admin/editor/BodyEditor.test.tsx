// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { BodyAdapter } from "@/lib/editor/session";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { BodyEditor } from "./BodyEditor";

const actions = vi.hoisted(() => ({
  searchArticleTitlesAction: vi.fn(() =>
    Promise.resolve({ status: "success", data: [{ title: "L’École reçoit ses partenaires", slug: "lecole-recoit-ses-partenaires", href: "/actualites/lecole-recoit-ses-partenaires", publishedAt: "2026-10-01T08:00:00.000Z" }] }),
  ),
  listMediaAction: vi.fn(() =>
    Promise.resolve({
      status: "success",
      data: {
        items: [
          {
            id: "media1",
            src: "/medias/2026/promotion.jpg",
            alt: "La promotion 2026 dans la cour",
            decorative: false,
            caption: "La promotion 2026",
            credit: "© ENSP",
            width: 1200,
            height: 800,
            originalName: "promotion.jpg",
            thumbnailUrl: "/medias/recadrages/vignette/2026/promotion.jpg",
            editUrl: "/admin/medias/media1",
          },
        ],
        page: 1,
        pageCount: 1,
        total: 1,
        defaultCredit: "© ENSP",
      },
    }),
  ),
}));
vi.mock("@/app/admin/(espace)/articles/editor-actions", () => actions);
vi.mock("@/app/admin/(espace)/medias/actions", () => actions);

// jsdom lays nothing out: ProseMirror's and the browser's scrolling have nothing to measure.
Element.prototype.scrollIntoView ??= () => undefined;
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const emptyRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;
Range.prototype.getClientRects ??= noRects;
Range.prototype.getBoundingClientRect ??= emptyRect;
Element.prototype.getClientRects ??= noRects;

const paragraph = (text: string): RichTextDoc => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function renderBody(initialContent: RichTextDoc = paragraph("Voir aussi ")) {
  const onChange = vi.fn();
  let adapter: BodyAdapter | null = null;
  render(
    <>
      <p id="etiquette">{"Corps de l'article"}</p>
      <BodyEditor initialContent={initialContent} editable labelId="etiquette" onChange={onChange} onReady={(ready) => (adapter = ready)} onDecorativeImage={vi.fn()} />
    </>,
  );
  const body = await screen.findByRole("textbox", { name: "Corps de l'article" });
  return { body, onChange, adapter: () => adapter! };
}

const lastDoc = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.calls.at(-1)?.[0] as RichTextDoc;

beforeEach(() => {
  vi.clearAllMocks();
});

describe("the body editor", () => {
  it("links to another article found by its title, with the title as text when nothing is selected", async () => {
    const { onChange } = await renderBody();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Lien" }));
    });
    const panel = screen.getByRole("region", { name: "Insérer un lien" });
    const search = within(panel).getByLabelText("Lier à un article du site");
    expect(document.activeElement).toBe(search);
    await act(async () => {
      fireEvent.change(search, { target: { value: "ecole" } });
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(actions.searchArticleTitlesAction).toHaveBeenCalledWith({ q: "ecole" });
    await act(async () => {
      fireEvent.click(within(panel).getByRole("button", { name: /Lier à « L’École reçoit ses partenaires »/ }));
    });
    expect(screen.queryByRole("region", { name: "Insérer un lien" })).toBeNull();
    const inline = (lastDoc(onChange).content[0] as { content: unknown[] }).content;
    expect(inline).toContainEqual({ type: "text", text: "L’École reçoit ses partenaires", marks: [{ type: "link", attrs: { href: "/actualites/lecole-recoit-ses-partenaires" } }] });
  });

  it("refuses an unsafe address and completes a bare domain with https", async () => {
    const { onChange } = await renderBody();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Lien" }));
    });
    const panel = screen.getByRole("region", { name: "Insérer un lien" });
    fireEvent.change(within(panel).getByLabelText("Texte du lien"), { target: { value: "le site du ministère" } });
    const address = within(panel).getByLabelText("Ou adresse du lien");
    fireEvent.change(address, { target: { value: "javascript:alert(1)" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Appliquer l’adresse" }));
    expect(within(panel).getByText(/Adresse refusée/)).toBeTruthy();
    expect(JSON.stringify(onChange.mock.calls)).not.toContain("javascript");
    fireEvent.change(address, { target: { value: "www.interieur.gouv.fr" } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole("button", { name: "Appliquer l’adresse" }));
    });
    const inline = (lastDoc(onChange).content[0] as { content: unknown[] }).content;
    expect(inline).toContainEqual({ type: "text", text: "le site du ministère", marks: [{ type: "link", attrs: { href: "https://www.interieur.gouv.fr" } }] });
  });

  it("inserts an image of the library with its alternative text, caption and credit shown under it", async () => {
    const { body, onChange } = await renderBody();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insérer une image" }));
    });
    const insert = await screen.findByRole("button", { name: /Insérer l’image « La promotion 2026 dans la cour »/ });
    await act(async () => {
      fireEvent.click(insert);
    });
    expect(lastDoc(onChange).content).toContainEqual({
      type: "image",
      attrs: { src: "/medias/2026/promotion.jpg", alt: "La promotion 2026 dans la cour", caption: "La promotion 2026", credit: "© ENSP", width: 1200, height: 800, mediaId: "media1" },
    });
    expect(within(body).getByRole("img", { name: "La promotion 2026 dans la cour" })).toBeTruthy();
    expect(body.querySelector("figcaption")?.textContent).toBe("La promotion 2026 © ENSP");
  });

  it("takes the cursor to a block, and for an image straight to its alternative text", async () => {
    const { adapter, onChange } = await renderBody({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Avant" }] },
        { type: "image", attrs: { src: "/medias/a.jpg", alt: "" } },
      ],
    });
    await act(async () => {
      adapter().focusBlock(1);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    const alt = screen.getByLabelText("Texte alternatif");
    expect(document.activeElement).toBe(alt);
    await act(async () => {
      fireEvent.change(alt, { target: { value: "La cour de l’école" } });
    });
    expect(lastDoc(onChange).content[1]).toEqual({ type: "image", attrs: { src: "/medias/a.jpg", alt: "La cour de l’école" } });
    expect(screen.getByRole("img", { name: "La cour de l’école" })).toBeTruthy();
  });

  it("formats with the toolbar and says which formats are on", async () => {
    const { body, onChange } = await renderBody(paragraph("Intertitre"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Intertitre de niveau 2" }));
    });
    expect(lastDoc(onChange).content[0]).toEqual({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Intertitre" }] });
    expect(screen.getByRole("button", { name: "Intertitre de niveau 2" }).getAttribute("aria-pressed")).toBe("true");
    expect(body.querySelector("h2")?.textContent).toBe("Intertitre");
  });
});
