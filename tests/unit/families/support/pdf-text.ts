/** Reading a rendered PDF back for assertions: is it one, and what text does it hold. */
import { extractText, getDocumentProxy } from 'unpdf';

export const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';

/** unpdf joins each line's text; layout may break a phrase over lines, so whitespace is squeezed. Copies: pdf.js takes the buffer over. */
export async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Owner-typed titles the PDFs must print as they are: other scripts, markup and spreadsheet formulas. */
export const OWNER_TITLES = ['Łódź Şirket Ελλάδα Москва', '<script>alert(1)</script>', '=2*3'];
