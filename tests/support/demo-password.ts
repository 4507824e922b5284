/**
 * The demo accounts' password in tests. Production generates one at the
 * first start (scripts/seed-demo.ts); tests seed with this one, the way CI
 * would set DEMO_PASSWORD, so they can sign in.
 */
export const DEMO_PASSWORD = 'demo-password-for-tests-only';
