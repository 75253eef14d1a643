import { describe, expect, it } from "vitest";
import { clientSideProblem, formatBytes, formatMegapixels, MAX_INPUT_PIXELS, MAX_STORED_EDGE, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./limits";

describe("upload limits", () => {
  it("are 20 MB, 40 megapixels and 2560 px on the long side", () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    expect(MAX_INPUT_PIXELS).toBe(40_000_000);
    expect(MAX_STORED_EDGE).toBe(2560);
  });

  it("writes sizes as a French reader does", () => {
    expect(formatBytes(0)).toBe("0 octet");
    expect(formatBytes(850 * 1024)).toBe("850 ko");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1,5 Mo");
    expect(formatBytes(MAX_UPLOAD_BYTES)).toBe("20 Mo");
    expect(formatMegapixels(MAX_INPUT_PIXELS)).toBe("40 mégapixels");
    expect(formatMegapixels(12_192_768)).toBe("12,2 mégapixels");
  });

  it("lets the browser refuse an empty or too heavy file before sending it", () => {
    expect(clientSideProblem({ size: 0 })).toBe(UPLOAD_MESSAGES.empty);
    expect(clientSideProblem({ size: MAX_UPLOAD_BYTES })).toBeNull();
    expect(clientSideProblem({ size: MAX_UPLOAD_BYTES + 1 })).toMatch(/^Le fichier pèse 20 Mo : 20 Mo au plus\./);
    expect(clientSideProblem({ size: 25 * 1024 * 1024 })).toMatch(/^Le fichier pèse 25 Mo : 20 Mo au plus\./);
  });

  it("says how big an image may be in pixels", () => {
    expect(UPLOAD_MESSAGES.tooManyPixels(50_000, 50_000)).toBe(
      "L’image mesure 50\u202f000 × 50\u202f000 pixels (2\u202f500 mégapixels) : 40 mégapixels au plus. Réduisez ses dimensions, puis réessayez.",
    );
  });
});
