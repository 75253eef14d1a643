export { convertWordPressHtml, listImageSources } from "./convert";
export type { Conversion, ConversionProblem, ConvertOptions, ImageSource, ProblemCode, ResolvedImage } from "./types";
