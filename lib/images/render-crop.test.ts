import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "kiosque-crops-"));
process.env.KIOSQUE_DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("renderCrop", () => {
  beforeAll(async () => {
    const { saveMediaFile } = await import("../storage");
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#336699" } }).jpeg().toBuffer();
    await saveMediaFile("test/photo.jpg", photo);
  });

  it.each([
    ["16x9", 1200, 675],
    ["4x3", 1200, 900],
    ["1x1", 1200, 1200],
    ["og", 1200, 630],
  ] as const)("crops to %s at %ix%i", async (crop, width, height) => {
    const { renderCrop } = await import("./render-crop");
    const out = await renderCrop(crop, "test/photo.jpg");
    const meta = await sharp(out!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", width, height]);
  });

  it("answers nothing for a missing file or a key that escapes the storage", async () => {
    const { renderCrop } = await import("./render-crop");
    expect(await renderCrop("16x9", "test/absent.jpg")).toBeNull();
    expect(await renderCrop("16x9", "../../etc/passwd")).toBeNull();
  });
});
