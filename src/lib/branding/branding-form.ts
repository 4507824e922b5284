/**
 * The organisation settings form: the name shown, a call to action (a
 * booking link, https only, or a phone number) and whether to remove the
 * logo. The logo file itself is checked by its bytes (logo-check.ts).
 */
import { z } from 'zod';
import { cleanLine } from '../forms/parse-form.ts';
import { BRANDING_NAME_MAX_CHARS, CTA_PHONE_MAX_CHARS, CTA_URL_MAX_CHARS } from '../limits.ts';

const line = (max: number) => z.string().transform(cleanLine).pipe(z.string().max(max, 'tooLong'));

/** An https link a browser opens as it is: no credentials, nothing that is not a plain web address. */
const BookingUrlSchema = z
  .string()
  .max(CTA_URL_MAX_CHARS, 'tooLong')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && !url.username && !url.password && url.hostname.includes('.') && value === value.trim();
    } catch {
      return false;
    }
  }, 'httpsOnly');

/** Digits, spaces and the usual separators, with an optional leading +; at least six digits. */
const PhoneSchema = z
  .string()
  .max(CTA_PHONE_MAX_CHARS, 'tooLong')
  .regex(/^\+?[0-9 ()./-]+$/, 'phone')
  .refine((value) => value.replace(/\D/g, '').length >= 6, 'phone');

export const BrandingFormSchema = z.object({
  displayName: line(BRANDING_NAME_MAX_CHARS),
  ctaUrl: line(CTA_URL_MAX_CHARS).pipe(z.union([z.literal(''), BookingUrlSchema])),
  ctaPhone: line(CTA_PHONE_MAX_CHARS).pipe(z.union([z.literal(''), PhoneSchema])),
  removeLogo: z.literal('on').optional(),
});
export type BrandingForm = z.infer<typeof BrandingFormSchema>;

/** What respondents are asked to do next, if the organisation set it: the booking link wins over the phone number. */
export type CallToAction = { kind: 'url'; url: string } | { kind: 'phone'; phone: string; href: string };

export function callToActionOf(row: { ctaUrl: string | null; ctaPhone: string | null }): CallToAction | null {
  if (row.ctaUrl) return { kind: 'url', url: row.ctaUrl };
  if (row.ctaPhone) return { kind: 'phone', phone: row.ctaPhone, href: `tel:${row.ctaPhone.replace(/[^\d+]/g, '')}` };
  return null;
}
