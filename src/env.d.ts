/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    locale: import('./lib/surveys/schema.ts').Locale;
    /** The signed-in user, or null. Set once per request by the middleware. */
    user: import('./lib/server/auth/session.ts').SessionUser | null;
    sessionId: string | null;
    /** A survey page post the middleware handled and that must be shown again (errors, 503). */
    sectionPage?: import('./lib/server/survey-flow.ts').SectionPage;
    /** Set by an embedded survey page: the origins that may frame it (src/lib/server/embed-headers.ts). */
    frameAncestors?: string[];
  }
}
