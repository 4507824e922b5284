/** The organisation's public Growth Test link as a QR code (png), for its coaches. */
import type { APIRoute } from 'astro';
import { organisationQrResponse } from '../../../lib/server/qr-response.ts';

export const GET: APIRoute = ({ locals, url }) => organisationQrResponse(locals, url, 'png');
