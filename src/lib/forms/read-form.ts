/**
 * Reads a form post without ever throwing: a wrong content type, a broken
 * multipart body or bad encoding gives an empty form, which the page then
 * treats as "nothing answered" with the usual messages.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
    return new FormData();
  }
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

/** A string field, or '' when missing or not a string (a file upload where text was expected). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
