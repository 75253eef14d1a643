/**
 * WordPress's `shortcode_parse_atts`: `name="value"`, `name='value'`, `name=value`, and bare
 * values. Only named attributes are returned (names lowercased): the converter needs no other.
 */
const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?=\s|$)|([\w-]+)\s*=\s*'([^']*)'(?=\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?=\s|$)|"[^"]*"(?=\s|$)|'[^']*'(?=\s|$)|\S+/g;

export function parseShortcodeAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? match[3] ?? match[5];
    const value = match[2] ?? match[4] ?? match[6];
    if (name !== undefined && value !== undefined) attributes.set(name.toLowerCase(), value);
  }
  return attributes;
}

/** Positive attachment ids from a list such as `ids="12, 13,14"`; anything else in it is ignored. */
export function parseIdList(value: string | undefined): number[] {
  if (value === undefined) return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => /^\d{1,10}$/.test(part))
    .map(Number)
    .filter((id) => id > 0 && id <= 0x7fffffff);
}
