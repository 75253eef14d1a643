import { describe, expect, it } from "vitest";
import { parseXml } from "@/tests/support/xml";
import { bodyToHtml } from "./body-html";

const base = { siteUrl: "https://ensp.example", articleUrl: "https://ensp.example/actualites/a" };
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, marks });
const link = (href: string) => ({ type: "link", attrs: { href } });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const render = (input: unknown) => bodyToHtml(input, base);

/** The HTML is well-formed enough to read back as XML here (no void tags but br/hr/img, closed by a wrapper parse). */
function asDom(html: string): Element {
  const xhtml = html.replace(/<(br|hr|img)([^>]*)>/g, "<$1$2/>");
  return parseXml(`<div>${xhtml}</div>`).documentElement;
}

describe("bodyToHtml: allowed nodes", () => {
  it("writes blocks and marks as semantic HTML", () => {
    const html = render(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Deux")] },
        { type: "heading", attrs: { level: 3 }, content: [text("Trois")] },
        p(text("gras", [{ type: "bold" }]), text(" et "), text("les deux", [{ type: "italic" }, { type: "bold" }]), { type: "hardBreak" }, text("fin")),
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("puce"))] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(text("trois"))] }] },
        { type: "blockquote", content: [p(text("citation"))] },
        { type: "horizontalRule" },
      ),
    );
    expect(html).toBe(
      "<h2>Deux</h2><h3>Trois</h3><p><strong>gras</strong> et <strong><em>les deux</em></strong><br>fin</p>" +
        '<ul><li><p>puce</p></li></ul><ol start="3"><li><p>trois</p></li></ol><blockquote><p>citation</p></blockquote><hr>',
    );
  });

  it("makes links and images absolute, keeps one link across formatted text, marks external links", () => {
    const html = render(
      doc(
        p(text("ici ", [link("/actualites/b")]), text("là", [link("/actualites/b"), { type: "bold" }]), text(" plus bas", [link("#suite")]), text(" ailleurs", [link("https://www.example.org/?a=1&b=2")]), text(" courriel", [link("mailto:contact@ensp.example")])),
        { type: "image", attrs: { src: "/medias/2022/photo.jpg", alt: "Des élèves", caption: "La rentrée", credit: "© ENSP", width: 800, height: 600 } },
      ),
    );
    expect(html).toBe(
      '<p><a href="https://ensp.example/actualites/b">ici <strong>là</strong></a><a href="https://ensp.example/actualites/a#suite"> plus bas</a>' +
        '<a href="https://www.example.org/?a=1&amp;b=2" rel="noopener noreferrer"> ailleurs</a><a href="mailto:contact@ensp.example"> courriel</a></p>' +
        '<figure><img src="https://ensp.example/medias/2022/photo.jpg" alt="Des élèves" width="800" height="600"><figcaption>La rentrée © ENSP</figcaption></figure>',
    );
  });

  it("renders nothing for an empty or invalid document", () => {
    expect(render(doc())).toBe("");
    expect(render(null)).toBe("");
    expect(render("<p>html brut</p>")).toBe("");
  });
});

describe("bodyToHtml: hostile input", () => {
  it("escapes markup in text and attributes", () => {
    const hostile = `</p><script>alert(1)</script><img src=x onerror="alert(2)"> ]]> & '`;
    const html = render(
      doc(
        p(text(hostile)),
        { type: "image", attrs: { src: "/medias/a.jpg", alt: `" onerror="alert(3)`, caption: "<b>légende</b>", credit: "</figcaption><script>" } },
      ),
    );
    expect(html).not.toMatch(/<script|<img src=x|<b>|onerror="alert/);
    expect(html).not.toContain("]]>");
    const dom = asDom(html);
    expect(dom.getElementsByTagName("script")).toHaveLength(0);
    expect(dom.getElementsByTagName("p")[0]?.textContent).toBe(hostile);
    const img = dom.getElementsByTagName("img")[0];
    expect(img?.getAttribute("alt")).toBe(`" onerror="alert(3)`);
    expect(img?.getAttribute("onerror")).toBeNull();
    expect(dom.getElementsByTagName("figcaption")[0]?.textContent).toBe("<b>légende</b> </figcaption><script>");
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example", "/\\evil.example"])(
    "drops the unsafe link %j and keeps its text",
    (href) => {
      expect(render(doc(p(text("cliquez", [link(href)]))))).toBe("<p>cliquez</p>");
    },
  );

  it("never points an image at another host and drops unknown nodes", () => {
    const html = render(
      doc(
        { type: "image", attrs: { src: "https://evil.example/x.png", alt: "x" } },
        { type: "image", attrs: { src: "/medias/../../etc/passwd", alt: "x" } },
        { type: "iframe", attrs: { src: "https://evil.example" } },
        { type: "html", content: "<b>gras</b>" },
        p(text("gardé")),
      ),
    );
    expect(html).toBe("<p>gardé</p>");
  });

  it("removes control characters that XML forbids", () => {
    const html = render(doc(p(text("a\u0000b\u0008c\u001fd"))));
    expect(html).toBe("<p>abcd</p>");
  });

  it("survives 10,000-deep nesting", () => {
    let node: unknown = p(text("fond"));
    for (let i = 0; i < 10_000; i++) node = { type: "blockquote", content: [node] };
    expect(render(doc(node, p(text("à côté"))))).toBe("<p>à côté</p>");
  });
});
