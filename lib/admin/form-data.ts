/**
 * A submitted form as a plain object for zod: one string per field, an array for a field sent
 * several times (checkbox groups, ordered lists), files left out. Next.js's own `$ACTION_*` fields
 * are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (values.length === 0) continue;
    result[key] = values.length === 1 && !key.endsWith("[]") ? values[0]! : values;
  }
  return result;
}

/** What a form echoes back after an error, so that nothing typed is lost; never a password (nor its confirmation) nor a code. */
export function echoValues(raw: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/password|motdepasse|confirmation|code/i.test(key)) continue;
    values[key] = Array.isArray(value) ? value.join("\n") : value;
  }
  return values;
}
