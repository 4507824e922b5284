/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    locale: import('./lib/surveys/schema.ts').Locale;
    /** The signed-in user, or null. Set once per request by the middleware. */
    user: { id: string; name: string; email: string; role: 'admin' | 'consultant' | 'entrepreneur' } | null;
  }
}
