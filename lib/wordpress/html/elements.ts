/** Removed with their content and reported: media players, scripts, forms, drawings. */
export const REMOVED_ELEMENTS = new Set([
  "iframe", "script", "style", "object", "embed", "form", "input", "video", "audio", "noscript", "svg", "math",
  "canvas", "template", "textarea", "select", "button", "applet", "frame", "frameset",
]);

/** Removed silently: they hold no text a reader would see. */
export const IGNORED_ELEMENTS = new Set([
  "head", "title", "meta", "link", "base", "source", "track", "param", "wbr", "col", "colgroup", "map", "area",
]);

/** Their content is kept, but they end the paragraph before them and start a new one after. */
export const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "body", "caption", "center", "details", "dd", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "footer", "header", "hgroup", "html", "legend", "li", "main", "menu", "nav", "p",
  "section", "summary", "tbody", "td", "tfoot", "th", "thead", "tr",
]);

export const STRUCK_ELEMENTS = new Set(["s", "strike", "del"]);

/** Classes of the elements that lay a gallery out (Gutenberg's block, its older list, the classic gallery). */
export const GALLERY_CLASSES = new Set(["wp-block-gallery", "blocks-gallery-grid", "gallery"]);

/** Elements that only repeat what is next to them: the download button of a file block repeats its link. */
export const REPEATING_CLASSES = new Set(["wp-block-file__button"]);
