export { WxrError, type WxrErrorKind, type WxrPosition } from "./errors";
export { newWxrReadCounters, readWxr, readWxrFile, WXR_PARSE_SLICE, type ReadWxrOptions, type WxrInput, type WxrReadCounters } from "./read-wxr";
export type { WxrAuthor, WxrEvent, WxrItem, WxrItemTerm, WxrPostMeta, WxrSite, WxrTerm } from "./types";
