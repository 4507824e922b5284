/** The survey's public link as a QR code (svg), for its owner only. */
import type { APIRoute } from 'astro';
import { qrResponse } from '../../../../lib/server/qr-response.ts';

export const GET: APIRoute = ({ locals, params, url }) => qrResponse(locals, params.id ?? '', url, 'svg');
