// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RichText } from "./RichText";

const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, marks });
const link = (href: string) => ({ type: "link", attrs: { href } });
const item = (...content: unknown[]) => ({ type: "listItem", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function renderDoc(input: unknown, siteOrigin?: string) {
  return render(<RichText doc={input} siteOrigin={siteOrigin} />).container;
}

describe("RichText: allowed nodes", () => {
  it("renders paragraphs, headings, lists, quotes, rules and breaks as semantic elements", () => {
    const container = renderDoc(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Deux")] },
        { type: "heading", attrs: { level: 3 }, content: [text("Trois")] },
        p(text("ligne 1"), { type: "hardBreak" }, text("ligne 2")),
        { type: "bulletList", content: [item(p(text("puce a"))), item(p(text("puce b")))] },
        { type: "orderedList", attrs: { start: 4 }, content: [item(p(text("quatre")))] },
        { type: "orderedList", content: [item(p(text("un")))] },
        { type: "blockquote", content: [p(text("citation"))] },
        { type: "horizontalRule" },
      ),
    );
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Deux");
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Trois");
    expect(container.querySelector("p br")).not.toBeNull();
    expect(container.querySelector("p")?.textContent).toBe("ligne 1ligne 2");
    expect([...container.querySelectorAll("ul > li > p")].map((el) => el.textContent)).toEqual(["puce a", "puce b"]);
    const [withStart, withoutStart] = container.querySelectorAll("ol");
    expect(withStart?.getAttribute("start")).toBe("4");
    expect(withoutStart?.hasAttribute("start")).toBe(false);
    expect(container.querySelector("blockquote > p")?.textContent).toBe("citation");
    expect(container.querySelector("hr")).not.toBeNull();
  });

  it("renders bold, italic and links as strong, em and a", () => {
    const container = renderDoc(
      doc(p(text("gras", [{ type: "bold" }]), text(" "), text("italique", [{ type: "italic" }]), text(" "), text("lien", [link("/page")]))),
    );
    expect(container.querySelector("strong")?.textContent).toBe("gras");
    expect(container.querySelector("em")?.textContent).toBe("italique");
    const anchor = screen.getByRole("link", { name: "lien" });
    expect(anchor.getAttribute("href")).toBe("/page");
    expect(anchor.hasAttribute("rel")).toBe(false);
    expect(anchor.hasAttribute("target")).toBe(false);
  });

  it("nests bold, italic and link marks as a > strong > em whatever their JSON order", () => {
    const container = renderDoc(doc(p(text("tout", [{ type: "italic" }, link("/x"), { type: "bold" }]))));
    const em = container.querySelector("a > strong > em");
    expect(em?.textContent).toBe("tout");
    expect(container.querySelectorAll("a")).toHaveLength(1);
  });

  it("keeps one link element across differently formatted text", () => {
    const container = renderDoc(doc(p(text("un ", [link("/x")]), text("deux", [link("/x"), { type: "bold" }]), text(" trois", [link("/y")]))));
    const anchors = container.querySelectorAll("a");
    expect([...anchors].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["/x", "un deux"],
      ["/y", " trois"],
    ]);
    expect(anchors[0]?.querySelector("strong")?.textContent).toBe("deux");
  });

  it("marks external links noopener noreferrer without opening a new window", () => {
    renderDoc(
      doc(p(text("ailleurs", [link("https://www.example.org/")]), text(" chez nous", [link("https://kiosque.example/a")]), text(" courriel", [link("mailto:a@b.fr")]))),
      "https://kiosque.example",
    );
    const external = screen.getByRole("link", { name: "ailleurs" });
    expect(external.getAttribute("rel")).toBe("noopener noreferrer");
    expect(external.hasAttribute("target")).toBe(false);
    expect(screen.getByRole("link", { name: "chez nous" }).hasAttribute("rel")).toBe(false);
    expect(screen.getByRole("link", { name: "courriel" }).hasAttribute("rel")).toBe(false);
  });

  it("treats every absolute http(s) link as external when the site origin is unknown", () => {
    renderDoc(doc(p(text("lien", [link("https://kiosque.example/a")]))));
    expect(screen.getByRole("link", { name: "lien" }).getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("renders an image as a figure with its caption and credit", () => {
    const container = renderDoc(
      doc({ type: "image", attrs: { src: "/medias/photo.jpg", alt: "Des élèves", caption: "La rentrée", credit: "© ENSP", width: 800, height: 600 } }),
    );
    const figure = container.querySelector("figure.fr-content-media");
    const img = screen.getByRole("img", { name: "Des élèves" });
    expect(figure?.contains(img)).toBe(true);
    expect(img.getAttribute("width")).toBe("800");
    expect(img.getAttribute("height")).toBe("600");
    expect(img.getAttribute("sizes")).toBe("(min-width: 768px) 720px, 100vw");
    expect(img.getAttribute("src")).toContain(encodeURIComponent("/medias/photo.jpg"));
    const caption = figure?.querySelector("figcaption.fr-content-media__caption");
    expect(caption?.textContent).toBe("La rentrée © ENSP");
    expect(caption?.querySelector("span.kiosque-credit")?.textContent).toBe("© ENSP");
  });

  it("gives an image of unknown size a default aspect and no caption when there is none", () => {
    const container = renderDoc(doc({ type: "image", attrs: { src: "/medias/photo.jpg", alt: "" } }));
    const img = container.querySelector("figure img");
    expect(img?.getAttribute("alt")).toBe("");
    expect(img?.getAttribute("width")).toBe("1200");
    expect(img?.getAttribute("height")).toBe("675");
    expect(container.querySelector("figcaption")).toBeNull();
  });

  it("renders nothing for an empty or invalid document", () => {
    expect(renderDoc(doc()).innerHTML).toBe("");
    expect(renderDoc(null).innerHTML).toBe("");
  });
});

describe("RichText: hostile input", () => {
  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\nscript:alert(1)", "\u0000javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example"])(
    "renders %j as plain text without a link",
    (href) => {
      const container = renderDoc(doc(p(text("cliquez", [link(href)]))));
      expect(container.querySelector("a")).toBeNull();
      expect(container.textContent).toBe("cliquez");
    },
  );

  it("never loads an image from another host", () => {
    const container = renderDoc(doc({ type: "image", attrs: { src: "https://evil.example/x.png", alt: "x" } }, p(text("après"))));
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("figure")).toBeNull();
    expect(container.textContent).toBe("après");
  });

  it("renders markup inside text as inert text", () => {
    const container = renderDoc(doc(p(text('<script>alert(1)</script><img src=x onerror="alert(2)">'))));
    expect(container.textContent).toContain("<script>");
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
  });

  it("drops unknown nodes and malformed content", () => {
    const container = renderDoc(
      doc(
        { type: "iframe", attrs: { src: "https://evil.example" } },
        { type: "html", content: "<b>gras</b>" },
        { type: "paragraph", content: "pas un tableau" },
        { type: "paragraph", content: { 0: text("faux tableau") } },
        p(text("gardé")),
      ),
    );
    expect(container.querySelector("iframe, b")).toBeNull();
    expect(container.textContent).toBe("gardé");
  });

  it.each([null, undefined, "chaîne", 42, [], { type: "doc", content: "x" }])("renders nothing for %j", (input) => {
    expect(renderDoc(input).innerHTML).toBe("");
  });

  it("survives 10,000-deep nesting", () => {
    let node: unknown = p(text("fond"));
    for (let i = 0; i < 10_000; i++) node = { type: "blockquote", content: [node] };
    const container = renderDoc(doc(node, p(text("à côté"))));
    expect(container.textContent).toBe("à côté");
  });

  it("ignores __proto__ keys", () => {
    const container = renderDoc(
      JSON.parse('{"type":"doc","content":[{"__proto__":{"type":"paragraph"},"content":[{"type":"text","text":"caché"}]},{"type":"paragraph","content":[{"type":"text","text":"x","__proto__":{"marks":[{"type":"bold"}]}}]}]}'),
    );
    expect(container.textContent).toBe("x");
    expect(container.querySelector("strong")).toBeNull();
  });

  it("renders a level 1 heading as h2 and deep levels as h3", () => {
    const container = renderDoc(
      doc({ type: "heading", attrs: { level: 1 }, content: [text("Un")] }, { type: "heading", attrs: { level: 5 }, content: [text("Cinq")] }),
    );
    expect(container.querySelector("h1")).toBeNull();
    expect(container.querySelector("h2")?.textContent).toBe("Un");
    expect(container.querySelector("h3")?.textContent).toBe("Cinq");
  });
});
