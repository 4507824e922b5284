/**
 * Every URL the site links to, in one place. Dutch lives at /, English
 * under /en/, with the same path after the prefix, so switching language
 * keeps a person exactly where they are.
 */
import type { Locale } from './surveys/schema.ts';

export const ENGLISH_PREFIX = '/en';

/** Prefixes a site path ("/groeitest") for the locale. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'nl') return path;
  return path === '/' ? `${ENGLISH_PREFIX}/` : `${ENGLISH_PREFIX}${path}`;
}

/** Splits an incoming pathname into its locale and the path without prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === ENGLISH_PREFIX || pathname === `${ENGLISH_PREFIX}/`) return { locale: 'en', path: '/' };
  if (pathname.startsWith(`${ENGLISH_PREFIX}/`)) return { locale: 'en', path: pathname.slice(ENGLISH_PREFIX.length) };
  return { locale: 'nl', path: pathname };
}

/**
 * Pages a secret token in the URL opens (path after the locale prefix): the
 * report and its PDF, the resume link, the survey pages, autosave, an
 * invitation, the start page when it carries one, and an embedded
 * thank-you page that leads to a report. They send
 * `X-Robots-Tag: noindex, nofollow` (src/middleware.ts); public/robots.txt
 * keeps crawlers off the same paths.
 */
const TOKEN_PATH_PREFIXES = ['/rapport/', '/hervatten/', '/uitnodiging/', '/vragenlijst/', '/api/responses/'];

export function opensByToken(path: string, search: URLSearchParams): boolean {
  return (
    TOKEN_PATH_PREFIXES.some((prefix) => path.startsWith(prefix)) ||
    (path === '/groeitest' && search.has('uitnodiging')) ||
    (path.startsWith('/e/') && search.has('rapport'))
  );
}

export const paths = {
  home: (l: Locale) => localePath(l, '/'),
  growthTest: (l: Locale) => localePath(l, '/groeitest'),
  section: (l: Locale, token: string, sectionId: string) => localePath(l, `/vragenlijst/${token}/${sectionId}`),
  resume: (l: Locale, token: string) => localePath(l, `/hervatten/${token}`),
  /** "Mail me this link": the resume link and the report link, by mail, only when asked (src/lib/server/mail-link.ts). */
  mailResumeLink: (l: Locale, token: string) => localePath(l, `/hervatten/${token}/mail`),
  autosave: (token: string) => `/api/responses/${token}/draft`,
  report: (l: Locale, token: string) => localePath(l, `/rapport/${token}`),
  reportPdf: (l: Locale, token: string) => localePath(l, `/rapport/${token}/pdf`),
  mailReportLink: (l: Locale, token: string) => localePath(l, `/rapport/${token}/mail`),
  signIn: (l: Locale) => localePath(l, '/inloggen'),
  signUp: (l: Locale) => localePath(l, '/registreren'),
  signOut: (l: Locale) => localePath(l, '/uitloggen'),
  account: (l: Locale) => localePath(l, '/account'),
  accountExport: (l: Locale) => localePath(l, '/account/gegevens.json'),
  dashboard: (l: Locale) => localePath(l, '/dashboard'),
  client: (l: Locale, id: string) => localePath(l, `/dashboard/klanten/${id}`),
  deleteClient: (l: Locale, id: string) => localePath(l, `/dashboard/klanten/${id}/verwijderen`),
  dashboardReport: (l: Locale, responseId: string) => localePath(l, `/dashboard/rapporten/${responseId}`),
  compare: (l: Locale, clientIds: string[] = []) =>
    localePath(l, '/dashboard/vergelijken') + (clientIds.length ? `?${clientIds.map((id) => `klant=${encodeURIComponent(id)}`).join('&')}` : ''),
  overview: (l: Locale) => localePath(l, '/dashboard/overzicht'),
  apiKeys: (l: Locale) => localePath(l, '/dashboard/api-sleutels'),
  exportCsv: (l: Locale) => localePath(l, '/dashboard/export.csv'),
  admin: (l: Locale) => localePath(l, '/admin'),
  /** A survey instance's public link, and where its respondents land when done (collective surveys). */
  publicSurvey: (l: Locale, publicId: string) => localePath(l, `/v/${publicId}`),
  thanks: (l: Locale, publicId: string) => localePath(l, `/v/${publicId}/bedankt`),
  /**
   * The embedded survey (src/embed/loader.js puts it in an iframe) and where its respondents land.
   * A respondent of a survey about themselves (the Growth Test) gets the way to their report there.
   */
  embed: (l: Locale, publicId: string) => localePath(l, `/e/${publicId}`),
  embedThanks: (l: Locale, publicId: string, reportToken?: string) =>
    localePath(l, `/e/${publicId}/bedankt`) + (reportToken ? `?rapport=${encodeURIComponent(reportToken)}` : ''),
  /** The widget loader a host page includes; one URL for every survey and language. */
  embedScript: '/embed.js',
  /** A coach's page to put their organisation's Growth Test on their own site. */
  embedGrowthTest: (l: Locale) => localePath(l, '/dashboard/insluiten'),
  /** The owner's side of survey instances. */
  newSurvey: (l: Locale, companyId?: string) => localePath(l, '/dashboard/vragenlijsten/nieuw') + (companyId ? `?klant=${encodeURIComponent(companyId)}` : ''),
  survey: (l: Locale, id: string) => localePath(l, `/dashboard/vragenlijsten/${id}`),
  surveyQr: (l: Locale, id: string, format: 'png' | 'svg') => localePath(l, `/dashboard/vragenlijsten/${id}/qr.${format}`),
  surveyResults: (l: Locale, id: string, search = '') => localePath(l, `/dashboard/vragenlijsten/${id}/resultaten`) + search,
  surveyResultsPdf: (l: Locale, id: string) => localePath(l, `/dashboard/vragenlijsten/${id}/resultaten.pdf`),
  /** Customer segmentation of a company (issue 11); under /dashboard so an entrepreneur reaches their own. */
  segmentation: (l: Locale, companyId: string, search = '') => localePath(l, `/dashboard/segmentatie/${companyId}`) + search,
  segmentationCsv: (l: Locale, companyId: string, version: number) => localePath(l, `/dashboard/segmentatie/${companyId}/klanten.csv`) + `?versie=${version}`,
  /** A company's Business Model Canvas (a version, optionally beside another) and 360° report: for the entrepreneur and their coaches. */
  canvas: (l: Locale, companyId: string, version?: number, beside?: number) =>
    localePath(l, `/dashboard/bedrijven/${companyId}/canvas`) + (version ? `?versie=${version}${beside ? `&naast=${beside}` : ''}` : ''),
  threeSixty: (l: Locale, companyId: string) => localePath(l, `/dashboard/bedrijven/${companyId}/360`),
  threeSixtyPdf: (l: Locale, companyId: string) => localePath(l, `/dashboard/bedrijven/${companyId}/360.pdf`),
  /** Inviting a client to the Growth Test; with a company, that client chosen (a retest). */
  inviteClient: (l: Locale, companyId?: string) => localePath(l, '/dashboard/uitnodigen') + (companyId ? `?klant=${encodeURIComponent(companyId)}` : ''),
  forgotPassword: (l: Locale) => localePath(l, '/wachtwoord-vergeten'),
  /** Leads: the organisation's inbox, one lead's report, its public Growth Test, its branding, the home test's owner. */
  leads: (l: Locale, status?: string) => localePath(l, '/dashboard/leads') + (status ? `?status=${encodeURIComponent(status)}` : ''),
  lead: (l: Locale, id: string) => localePath(l, `/dashboard/leads/${id}`),
  organisationTest: (l: Locale) => localePath(l, '/dashboard/groeitest'),
  organisationTestQr: (l: Locale, format: 'png' | 'svg') => localePath(l, `/dashboard/groeitest/qr.${format}`),
  organisationSettings: (l: Locale) => localePath(l, '/dashboard/organisatie'),
  homeTestSetting: (l: Locale) => localePath(l, '/admin/groeitest'),
  logo: (organisationId: string, version: number) => `/logo/${encodeURIComponent(organisationId)}?v=${version}`,
};

/**
 * Browsers drop tabs and line breaks from a URL and read a backslash as a
 * slash, so "/\t/evil.example" leads off the site just like "//evil.example";
 * a line break or a character outside ASCII cannot go into a Location header
 * as it is (the redirect threw: a 500). The paths Koers sends people back to
 * are percent-encoded ASCII, so anything else is refused.
 */
const UNSAFE_IN_PATH = /[\u0000-\u0020\u007F-\u{10FFFF}\\]/u;

/** A return path from a query string, only when it stays on this site (no open redirect) and fits in a Location header. */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || UNSAFE_IN_PATH.test(value)) return fallback;
  return value;
}
