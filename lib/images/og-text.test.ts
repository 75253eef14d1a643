import { describe, expect, it } from "vitest";
import { drawableText } from "./og-text";

describe("drawableText", () => {
  it("keeps French typography the font draws", () => {
    const title = "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » ! Œuvre, ça, €";
    expect(drawableText(title, "Marianne-Bold.woff")).toBe(title);
  });

  it("drops what the font lacks instead of fetching a fallback", () => {
    expect(drawableText("Coopération 🇫🇷 avec 北京 et القاهرة 😀 !", "Marianne-Bold.woff")).toBe("Coopération avec et !");
  });
});
