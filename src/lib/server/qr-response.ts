/** The HTTP answer of the QR code routes under a survey's page: the image, or the same 404 as any unknown survey. */
import { messages } from '../i18n/index.ts';
import { publicOrigin } from './origin.ts';
import { organisationTestQr } from './organisation-test.ts';
import { surveyQrCode } from './owner-surveys.ts';

const TYPES = { png: 'image/png', svg: 'image/svg+xml' } as const;

export async function qrResponse(locals: App.Locals, id: string, url: URL, format: 'png' | 'svg'): Promise<Response> {
  return qrReply(locals, await surveyQrCode(locals.user ?? null, id, publicOrigin(url), format), id, format);
}

/** The QR code of the coach's organisation's own public Growth Test. */
export async function organisationQrResponse(locals: App.Locals, url: URL, format: 'png' | 'svg'): Promise<Response> {
  return qrReply(locals, await organisationTestQr(locals.user ?? null, publicOrigin(url), format), 'groeitest', format);
}

function qrReply(locals: App.Locals, code: Uint8Array<ArrayBuffer> | string | null, id: string, format: 'png' | 'svg'): Response {
  if (code === null) {
    return new Response(messages(locals.locale).pages.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(code, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': `inline; filename="qr-${id}.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
