import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { renderShareCard } from "./og-card";

describe("renderShareCard", () => {
  it("draws a 1200 × 630 PNG even from characters the font lacks, without any outside request", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const response = await renderShareCard("Coopération 🇫🇷 avec 北京 </script> « Continuum » 😀", "International", "École nationale supérieure de la police");
    const png = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    // The renderer loads its own WASM through data: URLs; nothing may go to a network host.
    const hosts = fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((url) => !url.startsWith("data:"));
    expect(hosts).toEqual([]);
    fetchSpy.mockRestore();
  }, 30_000);
});
