/** Customer segmentation (issue 11) for the fault tests: posting files and pastes to the real page, reading what was stored. */
import type { Client } from '@libsql/client';

export interface PageReply {
  status: number;
  body: string;
}

/** Posts a customer file to the segmentation page as a browser form would (multipart, same origin). */
export async function postCustomerFile(base: string, cookie: string, companyId: string, bytes: Uint8Array, type: string, name = 'klanten.csv'): Promise<PageReply> {
  const form = new FormData();
  form.set('action', 'preview-file');
  form.set('label', 'fault test');
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return postForm(base, cookie, companyId, form);
}

export async function postForm(base: string, cookie: string, companyId: string, form: FormData): Promise<PageReply> {
  const response = await fetch(`${base}/dashboard/segmentatie/${companyId}`, { method: 'POST', body: form, headers: { cookie, origin: base }, redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

/** The preview id the page put into its save form. */
export function previewIdOf(body: string): string | null {
  return /name="preview" value="([^"]+)"/.exec(body)?.[1] ?? null;
}

/** Saves a preview through the page's save form; returns the reply (303 on success). */
export function savePreview(base: string, cookie: string, companyId: string, previewId: string, label = 'saved'): Promise<PageReply> {
  const form = new FormData();
  form.set('action', 'save');
  form.set('preview', previewId);
  form.set('label', label);
  return postForm(base, cookie, companyId, form);
}

/** Imports and customers stored, and any import whose customer rows do not add up to its count (half-saved). */
export async function storedImports(db: Client): Promise<{ imports: number; customers: number; incomplete: string[] }> {
  const imports = Number((await db.execute('select count(*) as n from customer_imports')).rows[0].n);
  const customers = Number((await db.execute('select count(*) as n from imported_customers')).rows[0].n);
  const incomplete = (
    await db.execute(`select i.id, i.customer_count, (select count(*) from imported_customers c where c.import_id = i.id) as n
      from customer_imports i where i.customer_count <> (select count(*) from imported_customers c where c.import_id = i.id)`)
  ).rows.map((r) => `${r.id}: ${r.n} of ${r.customer_count}`);
  return { imports, customers, incomplete };
}
