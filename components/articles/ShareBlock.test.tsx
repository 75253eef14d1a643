// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareBlock } from "./ShareBlock";

afterEach(() => vi.unstubAllGlobals());

describe("ShareBlock", () => {
  it("offers a mailto link with the title and the address", () => {
    render(<ShareBlock title="Continuum de sécurité" url="https://example.test/actualites/x" />);
    expect(screen.getByRole("heading", { level: 2, name: "Recommander cette page" })).toBeTruthy();
    const href = screen.getByRole("link", { name: "Envoyer par courriel" }).getAttribute("href")!;
    expect(href.startsWith("mailto:?subject=Continuum%20de%20s%C3%A9curit%C3%A9&body=")).toBe(true);
    expect(decodeURIComponent(href)).toContain("https://example.test/actualites/x");
  });

  it("copies the link when the clipboard exists, and says so", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<ShareBlock title="T" url="https://example.test/a" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copier le lien" }));
    });
    expect(writeText).toHaveBeenCalledWith("https://example.test/a");
    expect(screen.getByRole("status").textContent).toBe("Lien copié dans le presse-papiers.");
  });

  it("hides the copy button where it cannot work", () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(<ShareBlock title="T" url="https://example.test/a" />);
    expect(screen.queryByRole("button", { name: "Copier le lien" })).toBeNull();
  });
});
