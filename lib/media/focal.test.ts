import { describe, expect, it } from "vitest";
import { CENTRE, cropWindow, objectPosition } from "./focal";

describe("cropWindow", () => {
  const landscape = { width: 4000, height: 2000 };
  const square = { width: 1200, height: 1200 };

  it("centres the window on the focal point", () => {
    // 4000 × 2000 scaled to 2400 × 1200 for a 1200 × 1200 crop.
    expect(cropWindow(landscape, square, CENTRE)).toEqual({ scaledWidth: 2400, scaledHeight: 1200, left: 600, top: 0, width: 1200, height: 1200 });
    expect(cropWindow(landscape, square, { x: 0.4, y: 0.5 }).left).toBe(360);
  });

  it("stops at the image's edges", () => {
    expect(cropWindow(landscape, square, { x: 0, y: 0 }).left).toBe(0);
    expect(cropWindow(landscape, square, { x: 0.1, y: 0.5 }).left).toBe(0);
    expect(cropWindow(landscape, square, { x: 1, y: 1 }).left).toBe(1200);
  });

  it("moves vertically for a portrait image in a wide crop", () => {
    const portrait = { width: 1000, height: 3000 };
    const wide = { width: 1200, height: 675 };
    const window = cropWindow(portrait, wide, { x: 0.5, y: 0.2 });
    expect([window.scaledWidth, window.scaledHeight, window.left]).toEqual([1200, 3600, 0]);
    expect(window.top).toBe(Math.round(0.2 * 3600 - 675 / 2));
  });

  it("never leaves the window outside a scaled image, whatever the rounding", () => {
    for (const source of [{ width: 1201, height: 677 }, { width: 3, height: 2 }, { width: 2560, height: 1439 }]) {
      const window = cropWindow(source, { width: 1200, height: 675 }, { x: 1, y: 1 });
      expect(window.left + window.width).toBeLessThanOrEqual(window.scaledWidth);
      expect(window.top + window.height).toBeLessThanOrEqual(window.scaledHeight);
    }
  });
});

describe("objectPosition", () => {
  it("translates the focal point into CSS percentages that show the same region as the crop", () => {
    const source = { width: 4000, height: 2000 };
    // Overflow 2: CSS 0 % shows [0, 0.5], 100 % shows [0.5, 1].
    expect(objectPosition(source, 1, CENTRE)).toEqual({ x: 50, y: 50 });
    expect(objectPosition(source, 1, { x: 0.25, y: 0.9 })).toEqual({ x: 0, y: 50 });
    expect(objectPosition(source, 1, { x: 0.6, y: 0.5 }).x).toBeCloseTo(70);
    const window = cropWindow(source, { width: 1200, height: 1200 }, { x: 0.6, y: 0.5 });
    expect((window.left / (window.scaledWidth - window.width)) * 100).toBeCloseTo(70);
  });

  it("moves vertically for a tall image", () => {
    expect(objectPosition({ width: 1000, height: 2000 }, 16 / 9, { x: 0.9, y: 0.1 })).toEqual({ x: 50, y: 0 });
  });
});
