// @vitest-environment jsdom
import { fireEvent, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { enhanceSharePanels } from "./enhance-share-panel";
import { ShareDisclosure } from "./ShareDisclosure";
import { ShareLinks } from "./ShareLinks";

const PAGE = {
  path: "/actualites/continuum-de-securite",
  url: "https://www.ecole.example/actualites/continuum-de-securite",
  title: "Continuum de sécurité",
  excerpt: "Réunis à l’ENSP hier.",
  siteName: "École nationale supérieure de la police",
};

const panel = () => (
  <ShareDisclosure path={PAGE.path}>
    <ShareLinks {...PAGE} />
  </ShareDisclosure>
);

let sendBeacon: ReturnType<typeof vi.fn>;

/** The page as the server sends it, then what the browser script makes of it. */
function render(element: ReactElement) {
  document.body.innerHTML = renderToString(element);
  enhanceSharePanels(document);
}

/** Lets the clipboard's and the share sheet's promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  sendBeacon = vi.fn(() => true);
  vi.stubGlobal("navigator", { ...navigator, sendBeacon, clipboard: undefined, share: undefined });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

async function beaconPayloads(): Promise<unknown[]> {
  return Promise.all(sendBeacon.mock.calls.map(async ([url, blob]) => ({ url, ...JSON.parse(await (blob as Blob).text()) })));
}

describe("the share panel without JavaScript (server render)", () => {
  it("is a heading and a visible list of plain links, with the Mastodon form as a GET to the site", () => {
    document.body.innerHTML = renderToString(panel());
    expect(screen.getByRole("heading", { level: 2, name: "Recommander cette page" })).toBeTruthy();
    expect(document.querySelector("[aria-expanded]")).toBeNull();
    expect(document.querySelector("[hidden]")).toBeNull();
    expect(screen.getByRole("link", { name: "Par courriel" }).getAttribute("href")).toMatch(/^mailto:\?subject=/);
    expect(screen.getByRole("link", { name: "Envoyer à un proche" }).getAttribute("href")).toBe("/recommander?page=%2Factualites%2Fcontinuum-de-securite");
    for (const network of ["LinkedIn", "X", "Facebook", "Bluesky", "WhatsApp"]) {
      const link = screen.getByRole("link", { name: `Partager sur ${network} (nouvelle fenêtre)` });
      expect(link.getAttribute("target")).toBe("_blank");
      expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    }
    // Only what works without JavaScript: no copy button, no share sheet.
    expect(screen.queryByText("Copier le lien")).toBeNull();
    expect(screen.queryByText("Partager via une application")).toBeNull();
    const form = document.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/partager/mastodon");
    expect((form.querySelector("input[name=page]") as HTMLInputElement).value).toBe(PAGE.path);
    expect(within(form).getByLabelText(/votre instance/)).toBeTruthy();
    // No image nor anything else that would load from another host.
    expect(document.querySelectorAll("img, script, iframe, link")).toHaveLength(0);
  });

  it("leaves out « Envoyer à un proche » when admins have closed the form, and keeps the rest", () => {
    document.body.innerHTML = renderToString(<ShareLinks {...PAGE} canRecommend={false} />);
    expect(screen.queryByText("Envoyer à un proche")).toBeNull();
    expect(screen.getByRole("link", { name: "Par courriel" })).toBeTruthy();
  });
});

describe("the share panel with its browser script", () => {
  it("is a collapsed disclosure that opens with focus inside, and closes with Escape or Fermer, focus back on the button", () => {
    render(panel());
    const toggle = screen.getByRole("button", { name: "Recommander cette page" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const panelElement = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(panelElement.hidden).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(panelElement.hidden).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole("link", { name: "Par courriel" }));

    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(panelElement.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);

    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole("button", { name: "Fermer" }));
    expect(panelElement.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });

  it("is enhanced once, however often the script runs", () => {
    render(panel());
    enhanceSharePanels(document);
    expect(screen.getAllByRole("button", { name: "Recommander cette page" })).toHaveLength(1);
    expect(screen.getAllByRole("button", { name: "Fermer", hidden: true })).toHaveLength(1);
  });

  it("counts a click on a network link with a beacon holding only the page and the channel", async () => {
    render(panel());
    fireEvent.click(screen.getByRole("button", { name: "Recommander cette page" }));
    const link = screen.getByRole("link", { name: "Partager sur LinkedIn (nouvelle fenêtre)" });
    link.addEventListener("click", (event) => event.preventDefault());
    fireEvent.click(link);
    fireEvent.click(screen.getByRole("link", { name: "Envoyer à un proche" }));
    expect(await beaconPayloads()).toEqual([{ url: "/api/partages", page: PAGE.path, channel: "LINKEDIN" }]);
  });

  it("copies the canonical URL, announces it in a live region and counts it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, sendBeacon, clipboard: { writeText } });
    render(panel());
    fireEvent.click(screen.getByRole("button", { name: "Recommander cette page" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Copier le lien" }));
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Copier le lien" }));
    await settle();
    expect(writeText).toHaveBeenCalledWith(PAGE.url);
    expect(status.textContent).toBe("Lien copié dans le presse-papiers.");
    expect(await beaconPayloads()).toEqual([{ url: "/api/partages", page: PAGE.path, channel: "COPY" }]);
  });

  it("says so when the clipboard refuses, and counts nothing", async () => {
    vi.stubGlobal("navigator", { ...navigator, sendBeacon, clipboard: { writeText: vi.fn().mockRejectedValue(new Error("refusé")) } });
    render(panel());
    fireEvent.click(screen.getByRole("button", { name: "Recommander cette page" }));
    fireEvent.click(screen.getByRole("button", { name: "Copier le lien" }));
    await settle();
    expect(screen.getByRole("status").textContent).toMatch(/Impossible de copier/);
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it("offers the system share sheet only where the browser has one", async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, sendBeacon, share });
    render(panel());
    fireEvent.click(screen.getByRole("button", { name: "Recommander cette page" }));
    fireEvent.click(screen.getByRole("button", { name: "Partager via une application" }));
    await settle();
    expect(share).toHaveBeenCalledWith({ title: PAGE.title, text: PAGE.excerpt, url: PAGE.url });
    expect(await beaconPayloads()).toEqual([{ url: "/api/partages", page: PAGE.path, channel: "SHARE_SHEET" }]);
  });

  it("checks the Mastodon instance in the browser, then opens its share page in a new window", async () => {
    const open = vi.fn();
    vi.stubGlobal("open", open);
    render(panel());
    fireEvent.click(screen.getByRole("button", { name: "Recommander cette page" }));
    const input = screen.getByLabelText(/votre instance/);
    fireEvent.change(input, { target: { value: "127.0.0.1" } });
    fireEvent.click(screen.getByRole("button", { name: "Partager sur Mastodon (nouvelle fenêtre)" }));
    expect(open).not.toHaveBeenCalled();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(input.getAttribute("aria-describedby")!)!.textContent).toMatch(/mastodon\.social/);
    expect(document.activeElement).toBe(input);

    fireEvent.change(input, { target: { value: "Piaille.fr" } });
    fireEvent.click(screen.getByRole("button", { name: "Partager sur Mastodon (nouvelle fenêtre)" }));
    expect(open).toHaveBeenCalledWith(`https://piaille.fr/share?text=${encodeURIComponent(`${PAGE.title} ${PAGE.url}`)}`, "_blank", "noopener,noreferrer");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(await beaconPayloads()).toEqual([{ url: "/api/partages", page: PAGE.path, channel: "MASTODON" }]);
  });
});
