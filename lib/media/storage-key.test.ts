import { describe, expect, it } from "vitest";
import { isValidStorageKey } from "../storage";
import { mediaStorageKey, nameSlug, randomSuffix } from "./storage-key";

describe("mediaStorageKey", () => {
  const may = new Date("2026-05-14T10:00:00Z");

  it("files an upload by year and month, under the slug of its name and a random suffix, with the extension of its real format", () => {
    expect(mediaStorageKey("Remise des diplômes 2026.JPG", "image/jpeg", may, "k3j9x2ab")).toBe("2026/05/remise-des-diplomes-2026-k3j9x2ab.jpg");
    expect(mediaStorageKey("logo.jpg", "image/png", may, "abcdefgh")).toBe("2026/05/logo-abcdefgh.png");
    expect(mediaStorageKey("x.avif", "image/webp", may, "abcdefgh")).toBe("2026/05/x-abcdefgh.webp");
  });

  it("dates the folder in Paris time: 23:30 UTC on 31 May is already June there", () => {
    expect(mediaStorageKey("a.jpg", "image/jpeg", new Date("2026-05-31T23:30:00Z"), "abcdefgh")).toMatch(/^2026\/06\//);
  });

  it("always gives a key the storage accepts, whatever the name", () => {
    for (const name of ["", ".jpg", "../../etc/passwd", "C:\\Users\\moi\\Photo été.jpeg", "日本語.png", "a".repeat(500), "IMG_1234.HEIC", "   "]) {
      const key = mediaStorageKey(name, "image/jpeg", may);
      expect(isValidStorageKey(key), `${name} → ${key}`).toBe(true);
      expect(key.split("/")).toHaveLength(3);
    }
  });
});

describe("nameSlug", () => {
  it("drops the folder and the extension, transliterates French, and falls back to « image »", () => {
    expect(nameSlug("C:\\fakepath\\Élèves – Cour d’honneur (1).jpeg")).toBe("eleves-cour-dhonneur-1");
    expect(nameSlug("dossier/sous-dossier/Œuvre.png")).toBe("oeuvre");
    expect(nameSlug("日本語.png")).toBe("image");
    expect(nameSlug(".jpg")).toBe("image");
  });

  it("cuts a long name at a word boundary, 60 characters at most", () => {
    const slug = nameSlug(`${"photographie ".repeat(10)}.jpg`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^photographie(-photographie)*$/);
  });
});

describe("randomSuffix", () => {
  it("is 8 lowercase letters or digits, and differs from one call to the next", () => {
    const suffixes = new Set(Array.from({ length: 200 }, () => randomSuffix()));
    expect(suffixes.size).toBe(200);
    for (const suffix of suffixes) expect(suffix).toMatch(/^[a-z0-9]{8}$/);
  });
});
