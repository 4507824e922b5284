import { describe, expect, test } from 'vitest';
import { hostProblem, isPublicAddress } from '../../../../src/lib/server/webhooks/address.ts';
import { parseWebhookUrl } from '../../../../src/lib/server/webhooks/url.ts';

describe('isPublicAddress', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'CGNAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique local'],
    ['fc00::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['64:ff9b::7f00:1', 'NAT64 of 127.0.0.1'],
    ['2002:a00:1::1', '6to4 of 10.0.0.1'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['localhost', 'not an address'],
    ['', 'empty'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  test.each([['8.8.8.8'], ['1.1.1.1'], ['172.32.0.1'], ['100.128.0.1'], ['2606:4700:4700::1111'], ['::ffff:8.8.8.8']])('allows public %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('hostProblem', () => {
  test('a name that resolves to loopback is private', async () => {
    expect(await hostProblem('localhost', false)).toBe('private');
    expect(await hostProblem('localhost', true)).toBeNull();
  });
  test('literal addresses are checked without a lookup', async () => {
    expect(await hostProblem('[::1]', false)).toBe('private');
    expect(await hostProblem('[::ffff:127.0.0.1]', false)).toBe('private');
    expect(await hostProblem('8.8.8.8', false)).toBeNull();
  });
  test('a name that does not resolve', async () => {
    expect(await hostProblem('nothing-here.invalid', false)).toBe('unresolvable');
  });
});

describe('parseWebhookUrl', () => {
  test.each([
    ['', 'invalid'],
    ['not a url', 'invalid'],
    [42, 'invalid'],
    ['ftp://example.com/x', 'scheme'],
    ['http://example.com/hook', 'scheme'],
    ['https://user:pw@example.com/hook', 'credentials'],
    ['https://127.0.0.1/hook', 'private'],
    ['https://10.0.0.5/hook', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'private'],
    ['https://[::1]/hook', 'private'],
    ['https://[::ffff:127.0.0.1]/hook', 'private'],
    ['https://localhost:8443/hook', 'private'],
    ['https://nothing-here.invalid/hook', 'unresolvable'],
    [`https://example.com/${'a'.repeat(2000)}`, 'tooLong'],
  ])('refuses %s: %s', async (raw, error) => {
    expect(await parseWebhookUrl(raw, false)).toEqual({ ok: false, error });
  });

  test('with private addresses allowed (tests), http to loopback is fine, normalised, without its fragment', async () => {
    expect(await parseWebhookUrl('  http://127.0.0.1:8080/hook#x ', true)).toEqual({ ok: true, url: 'http://127.0.0.1:8080/hook' });
  });
  test('a public literal address is fine', async () => {
    expect(await parseWebhookUrl('https://8.8.8.8/hook?a=1', false)).toEqual({ ok: true, url: 'https://8.8.8.8/hook?a=1' });
  });
});
