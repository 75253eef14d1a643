import { describe, expect, it } from "vitest";
import { countWords, readingTimeMinutes, toPlainText } from "./plain-text";

const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, marks });
const item = (...content: unknown[]) => ({ type: "listItem", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });

describe("toPlainText", () => {
  it("separates blocks with blank lines and keeps marked text", () => {
    const result = toPlainText(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Titre")] },
        p(text("Un "), text("lien", [{ type: "link", attrs: { href: "/x" } }]), text(" et du "), text("gras", [{ type: "bold" }])),
        { type: "horizontalRule" },
        { type: "blockquote", content: [p(text("Citation"))] },
      ),
    );
    expect(result).toBe("Titre\n\nUn lien et du gras\n\nCitation");
  });

  it("turns hard breaks into newlines", () => {
    expect(toPlainText(doc(p(text("ligne 1"), { type: "hardBreak" }, text("ligne 2"))))).toBe("ligne 1\nligne 2");
  });

  it("puts one list item per line", () => {
    const result = toPlainText(
      doc(
        { type: "bulletList", content: [item(p(text("un"))), item(p(text("deux")), { type: "orderedList", content: [item(p(text("deux.a")))] })] },
        p(text("après")),
      ),
    );
    expect(result).toBe("un\ndeux\ndeux.a\n\naprès");
  });

  it("includes image captions but not alt text or credits", () => {
    const result = toPlainText(
      doc({ type: "image", attrs: { src: "/medias/a.jpg", alt: "Texte alternatif", caption: "La légende", credit: "© ENSP" } }),
    );
    expect(result).toBe("La légende");
  });

  it("leaves out what the page would not show", () => {
    const result = toPlainText(
      doc({ type: "iframe", content: [text("caché")] }, p(text("visible")), { type: "image", attrs: { src: "https://evil.example/x.png", alt: "x", caption: "caché" } }),
    );
    expect(result).toBe("visible");
  });

  it("returns an empty string for invalid input", () => {
    expect(toPlainText(null)).toBe("");
    expect(toPlainText("texte")).toBe("");
  });
});

describe("countWords", () => {
  it("does not count French spaced punctuation as words", () => {
    expect(countWords("Bonjour : c’est l’école ! — Vraiment ?")).toBe(4);
  });
});

describe("readingTimeMinutes", () => {
  const words = (n: number) => doc(p(text(Array.from({ length: n }, () => "mot").join(" "))));

  it("is at least one minute", () => {
    expect(readingTimeMinutes(doc())).toBe(1);
    expect(readingTimeMinutes(words(10))).toBe(1);
  });

  it("counts about 200 words per minute, rounded up", () => {
    expect(readingTimeMinutes(words(200))).toBe(1);
    expect(readingTimeMinutes(words(201))).toBe(2);
    expect(readingTimeMinutes(words(1000))).toBe(5);
  });
});
