import { parseFragment } from "parse5";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/rich-text/RichText";
import { sanitizeDocument } from "../../rich-text/sanitize";
import { PAYLOADS } from "../../../tests/attacks/corpus";
import { convertWordPressHtml } from "./convert";

/**
 * The XSS corpus (tests/fixtures/xss-payloads.txt) as a WordPress export would bring it: each
 * payload as a body, inside a link's target, an image's alt text and a caption, then converted and
 * rendered as an article renders its body. Nothing that could run reaches the HTML, and the
 * document holds nothing the allow-list would remove (tests/attacks/xss.spec.ts opens such bodies
 * in Chromium).
 */
const options = {
  image: () => ({ src: "/medias/2022/05/photo.jpg", mediaId: "media1", width: 800, height: 600 }),
  link: (href: string) => href,
};

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

// What an article body may render (components/rich-text): anything else in the HTML is a defect.
const ELEMENTS = new Set(["div", "p", "h2", "h3", "ul", "ol", "li", "blockquote", "hr", "br", "strong", "em", "a", "figure", "figcaption", "img", "span", "small", "cite"]);

/** What in the rendered HTML could run: an element off the list, an event handler, a script URL. */
function runnable(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.tagName) {
      if (!ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs ?? []) {
        if (/^on/i.test(name)) found.push(`${name}=`);
        if (/^(href|src|srcset|action|formaction)$/i.test(name) && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${name}="${value.slice(0, 40)}"`);
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

function bodies(payload: string): string[] {
  const attribute = payload.replace(/"/g, "&quot;");
  return [
    payload,
    `<p>Avant ${payload} après</p>`,
    `<!-- wp:paragraph --><p><a href="${attribute}">lien</a></p><!-- /wp:paragraph -->`,
    `<img src="https://ecole.example.test/wp-content/uploads/photo.jpg" alt="${attribute}" />`,
    `[caption id="attachment_1"]<img src="https://ecole.example.test/wp-content/uploads/photo.jpg" alt="" /> ${payload}[/caption]`,
  ];
}

describe("the XSS corpus brought by a WordPress export", () => {
  it("has a detector that sees what would run", () => {
    expect(runnable('<p><a href=" javascript:x" onclick="y">a</a><script>z</script><img src="data:text/html,1"></p>')).toEqual(['href=" javascript:x"', "onclick=", "<script>", 'src="data:text/html,1"']);
    expect(runnable('<p><img alt="&lt;img onerror=x&gt;" src="/medias/a.jpg"></p>')).toEqual([]);
  });

  it(`converts ${PAYLOADS.length} payloads × 5 places into documents that render nothing runnable`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
    const failures: string[] = [];
    for (const payload of PAYLOADS) {
      for (const html of bodies(payload)) {
        const { doc } = convertWordPressHtml(html, options);
        if (JSON.stringify(sanitizeDocument(doc)) !== JSON.stringify(doc)) failures.push(`hors liste blanche : ${html}`);
        const rendered = renderToStaticMarkup(<RichText doc={doc} />);
        const found = runnable(rendered);
        if (found.length > 0) failures.push(`${found.join(", ")} dans ${rendered.slice(0, 300)} (de ${html.slice(0, 200)})`);
      }
    }
    expect(failures).toEqual([]);
  });
});
