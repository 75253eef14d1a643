import "server-only";
import QRCode from "qrcode";

/** A QR code as one SVG path, drawn by the page itself: no image to fetch, from any host. */
export type QrCodeDrawing = { size: number; path: string };

// The quiet zone a scanner needs around the symbol, in modules (ISO/IEC 18004).
const QUIET_ZONE = 4;

/** One rectangle per horizontal run of dark modules, in module units, quiet zone included. */
export function qrCodeDrawing(text: string): QrCodeDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: commands.join("") };
}
