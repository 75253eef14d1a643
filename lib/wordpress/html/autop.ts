import { closingTagEnd, findClosingTag, readMarkup } from "./markup-scan";

/**
 * WordPress's `wpautop`, reduced to what the converter needs from it: the classic editor stores
 * no `<p>`, a blank line separates paragraphs and a single newline is a line break.
 *
 * It reads the body as a stream of text and tags instead of porting wpautop's regular
 * expressions, several of which backtrack badly on long runs of spaces. Text inside any block
 * element is wrapped (even inside a heading or a list item, where wpautop would not): the
 * converter reads a paragraph inside a heading as that heading, so the result is the same.
 */

/** wpautop's `$allblocks`: never wrapped in a paragraph, and they end the one before them. */
const BLOCK_TAGS = new Set([
  "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th", "div", "dl", "dd", "dt",
  "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address", "math", "style", "p",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "fieldset", "legend", "section", "article", "aside", "hgroup",
  "header", "footer", "nav", "figure", "figcaption", "details", "menu", "summary",
]);

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\f" || char === "\r";
}

class ParagraphBuilder {
  private readonly out: string[] = [];
  private paragraph = "";
  /** Newlines met since the last content of the paragraph. */
  private newlines = 0;
  /** Spaces met since the last content, on the same line: kept between two pieces of content. */
  private spaces = "";
  /** Where the paragraph's last `<br>` starts, while nothing but whitespace followed it. */
  private lastBreak = -1;

  text(value: string): void {
    const lines = value.split("\n");
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? "";
      if (index > 0) {
        this.newlines++;
        this.spaces = "";
      }
      let start = 0;
      let end = line.length;
      while (start < end && isSpace(line[start] ?? "")) start++;
      while (end > start && isSpace(line[end - 1] ?? "")) end--;
      if (start === end) {
        if (this.newlines === 0) this.spaces += line;
        continue;
      }
      this.content(line.slice(start, end), line.slice(0, start));
      this.spaces = line.slice(end);
    }
  }

  inline(markup: string): void {
    this.content(markup, "");
  }

  lineBreak(markup: string): void {
    if (this.lastBreak >= 0) {
      // wpautop reads two line breaks in a row as the end of a paragraph.
      this.paragraph = this.paragraph.slice(0, this.lastBreak);
      this.lastBreak = -1;
      this.newlines = 2;
      this.spaces = "";
      return;
    }
    this.content(markup, "");
    this.lastBreak = this.paragraph.length - markup.length;
  }

  block(markup: string): void {
    this.flush();
    this.out.push(markup);
  }

  result(): string {
    this.flush();
    return this.out.join("\n");
  }

  private content(value: string, leading: string): void {
    if (this.paragraph !== "") {
      if (this.newlines >= 2) this.flush();
      // A newline right after a <br> is not a second break.
      else if (this.newlines === 1) this.paragraph += this.lastBreak >= 0 ? "\n" : "<br />\n";
      else this.paragraph += this.spaces + leading;
    }
    this.paragraph += value;
    this.newlines = 0;
    this.spaces = "";
    this.lastBreak = -1;
  }

  private flush(): void {
    if (this.paragraph !== "") this.out.push(`<p>${this.paragraph}</p>`);
    this.paragraph = "";
    this.newlines = 0;
    this.spaces = "";
    this.lastBreak = -1;
  }
}

export function autop(html: string): string {
  const builder = new ParagraphBuilder();
  const text = html.replace(/\r\n?/g, "\n");
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt === -1) {
      builder.text(text.slice(i));
      break;
    }
    if (lt > i) builder.text(text.slice(i, lt));
    const markup = readMarkup(text, lt);
    if (!markup) {
      builder.text("<");
      i = lt + 1;
      continue;
    }
    let end = markup.end;
    if (markup.kind === "tag" && markup.name === "pre" && !markup.closing) {
      // Preformatted text keeps its newlines as they are.
      const close = findClosingTag(text, "pre", end);
      end = close === -1 ? text.length : closingTagEnd(text, close);
    }
    const chunk = text.slice(lt, end);
    // A script or an iframe sits in its paragraph, as in wpautop; <style> is one of its blocks.
    if ((markup.kind === "raw" || markup.kind === "tag") && BLOCK_TAGS.has(markup.name)) builder.block(chunk);
    else if (markup.kind === "tag" && markup.name === "br") builder.lineBreak(chunk);
    else builder.inline(chunk);
    i = end;
  }
  return builder.result();
}
