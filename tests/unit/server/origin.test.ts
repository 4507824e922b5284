import { describe, expect, test } from 'vitest';
import { parseEnv } from '../../../src/lib/server/env.ts';
import { clientIp, isCrossSiteWrite, publicOrigin, servedOverHttps } from '../../../src/lib/server/origin.ts';

const LOCAL = { PUBLIC_ORIGIN: undefined, TRUST_PROXY: 0 };
const BEHIND_TLS = { PUBLIC_ORIGIN: 'https://koers.example.nl', TRUST_PROXY: 1 };
/** What the server sees behind nginx: http, and the Host the client sent. */
const PROXIED_URL = new URL('http://koers.example.nl/inloggen');

describe('PUBLIC_ORIGIN and TRUST_PROXY in the environment', () => {
  test.each([
    ['https://koers.example.nl', 'https://koers.example.nl'],
    ['https://Koers.Example.nl/', 'https://koers.example.nl'],
    ['https://koers.example.nl:443', 'https://koers.example.nl'],
    ['http://127.0.0.1:8443', 'http://127.0.0.1:8443'],
  ])('%s is kept as the origin %s', (value, origin) => {
    expect(parseEnv({ PUBLIC_ORIGIN: value }).PUBLIC_ORIGIN).toBe(origin);
  });

  test.each(['https://koers.example.nl/app', 'https://koers.example.nl/?x=1', 'ftp://koers.example.nl', 'koers.example.nl'])('%s is refused', (value) => {
    expect(() => parseEnv({ PUBLIC_ORIGIN: value })).toThrow(/PUBLIC_ORIGIN/);
  });

  test.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['1', 1],
    ['2', 2],
  ])('TRUST_PROXY=%s means %i trusted proxies', (value, hops) => {
    expect(parseEnv({ TRUST_PROXY: value }).TRUST_PROXY).toBe(hops);
  });

  test.each(['yes', 'true', '-1', '1.5', '127.0.0.1', '100'])('TRUST_PROXY=%s is refused with a message naming it', (value) => {
    expect(() => parseEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: must be the number of trusted reverse proxies/);
  });
});

describe('the public origin', () => {
  test('without PUBLIC_ORIGIN the request says where the site is, as before', () => {
    expect(publicOrigin(new URL('http://localhost:4321/x'), LOCAL)).toBe('http://localhost:4321');
    expect(servedOverHttps(new URL('http://localhost:4321/x'), LOCAL)).toBe(false);
    expect(servedOverHttps(new URL('https://localhost:4321/x'), LOCAL)).toBe(true);
  });

  test('with PUBLIC_ORIGIN the Host header and the proxied http do not matter', () => {
    expect(publicOrigin(new URL('http://evil.example/x'), BEHIND_TLS)).toBe('https://koers.example.nl');
    expect(servedOverHttps(PROXIED_URL, BEHIND_TLS)).toBe(true);
    expect(servedOverHttps(new URL('https://x.example/'), { ...BEHIND_TLS, PUBLIC_ORIGIN: 'http://intranet.local' })).toBe(false);
  });
});

describe('cross-site writes (Astro checkOrigin rule, against the public origin)', () => {
  const post = (headers: Record<string, string>, method = 'POST') => new Request(PROXIED_URL, { method, headers });
  const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

  test.each([
    ['a form from the public origin', post({ ...FORM, origin: 'https://koers.example.nl' }), false],
    ['a form claiming the proxied http origin', post({ ...FORM, origin: 'http://koers.example.nl' }), true],
    ['a form from another site', post({ ...FORM, origin: 'https://evil.example' }), true],
    ['a form without Origin', post(FORM), true],
    ['multipart from another site', post({ 'content-type': 'multipart/form-data; boundary=x', origin: 'https://evil.example' }), true],
    ['text/plain from another site', post({ 'content-type': 'text/plain', origin: 'https://evil.example' }), true],
    ['JSON from another site (needs a CORS preflight)', post({ 'content-type': 'application/json', origin: 'https://evil.example' }), false],
    ['no content type from another site', post({ origin: 'https://evil.example' }), true],
    ['no content type from the public origin', post({ origin: 'https://koers.example.nl' }), false],
    ['a GET from anywhere', new Request(PROXIED_URL, { headers: { origin: 'https://evil.example' } }), false],
  ])('%s: refused %s', (_label, request, refused) => {
    expect(isCrossSiteWrite(request, PROXIED_URL, BEHIND_TLS)).toBe(refused);
  });

  test('without PUBLIC_ORIGIN the request origin is expected, as Astro did', () => {
    const url = new URL('http://localhost:4321/inloggen');
    const form = (origin: string) => new Request(url, { method: 'POST', headers: { ...FORM, origin } });
    expect(isCrossSiteWrite(form('http://localhost:4321'), url, LOCAL)).toBe(false);
    expect(isCrossSiteWrite(form('https://koers.example.nl'), url, LOCAL)).toBe(true);
  });
});

describe('the client address', () => {
  const from = (xff?: string) => new Request('http://x/', { headers: xff === undefined ? {} : { 'x-forwarded-for': xff } });

  test.each([
    ['no proxy trusted: the socket, whatever the header says', 0, '6.6.6.6', '10.0.0.2'],
    ['one proxy: the entry it appended, not the forged first one', 1, '6.6.6.6, 203.0.113.7', '203.0.113.7'],
    ['one proxy, several forged entries', 1, '1.1.1.1, 2.2.2.2,3.3.3.3 , 203.0.113.7', '203.0.113.7'],
    ['one proxy that replaced the header ($remote_addr)', 1, '203.0.113.7', '203.0.113.7'],
    ['two proxies: the entry the outer one appended', 2, '6.6.6.6, 203.0.113.7, 198.51.100.1', '203.0.113.7'],
    ['two proxies, only one entry: the left-most there is', 2, '203.0.113.7', '203.0.113.7'],
    ['one proxy, IPv6', 1, '6.6.6.6, 2001:db8::1', '2001:db8::1'],
    ['one proxy, empty entries skipped', 1, '6.6.6.6, 203.0.113.7, ', '203.0.113.7'],
    ['one proxy, no header: the socket', 1, undefined, '10.0.0.2'],
    ['one proxy, an empty header: the socket', 1, ' , ', '10.0.0.2'],
  ])('%s', (_label, hops, xff, expected) => {
    expect(clientIp(from(xff), '10.0.0.2', { PUBLIC_ORIGIN: undefined, TRUST_PROXY: hops })).toBe(expected);
  });
});
