/**
 * Bounds of the search input, without any import: the header's search form (a client component)
 * reads them without pulling zod into the browser bundle.
 */
/** Longer queries are cut, not refused: a pasted paragraph still finds something. */
export const MAX_QUERY_LENGTH = 200;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
