import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrCodeDrawing } from "./qr-code";

describe("qrCodeDrawing", () => {
  it("covers exactly the dark modules of the symbol, inside a quiet zone of four modules", () => {
    const text = "otpauth://totp/ENSP:ada%40ecole.example?issuer=ENSP&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30";
    const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
    const drawing = qrCodeDrawing(text);
    expect(drawing.size).toBe(modules.size + 8);

    const painted = new Set<string>();
    for (const [, x, y, width] of drawing.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(width); i++) painted.add(`${Number(y) - 4}:${Number(x) - 4 + i}`);
    }
    expect(drawing.path.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, "")).toBe("");
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) expect(painted.has(`${row}:${col}`)).toBe(Boolean(modules.get(row, col)));
    }
  });
});
