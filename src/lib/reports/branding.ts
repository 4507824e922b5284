/**
 * The organisation's branding slot on a personal report and its PDF. This
 * branch only draws it; the organisation's own data comes from
 * `brandingFor(organisationId)` (issue 12, leads), which fills this shape.
 */
export interface ReportBranding {
  /** The organisation's name as it shows it. */
  name: string;
  /** Image bytes (PNG or JPEG), checked as an image when uploaded; null without a logo. */
  logo: Uint8Array | null;
  /** A booking link (https://…) or a phone number; null without one. */
  callToAction: string | null;
}

/** A call to action that is a web address becomes a link; a phone number a tel: link. */
export function callToActionHref(action: string): string | null {
  if (/^https?:\/\/\S+$/i.test(action)) return action;
  const digits = action.replace(/[\s().-]/g, '');
  return /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : null;
}
