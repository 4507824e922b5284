/**
 * Which addresses a webhook may reach: public unicast only. A survey owner
 * chooses the URL, so without this rule the server would call its own
 * admin ports, the cloud's metadata service or the office network for
 * them (SSRF). Checked when the URL is saved (a friendly early error) and
 * again on the resolved address at every delivery (DNS can change, or
 * answer differently the second time), by the connection itself.
 */
import { BlockList, isIP } from 'node:net';
import { lookup, type LookupAddress } from 'node:dns';

const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: carries an IPv4 address (a private one too) through the network's translator
  ['64:ff9b:1::', 48], // local-use NAT64
  ['2001::', 32], // Teredo: tunnels to an embedded IPv4 address
  ['2002::', 16], // 6to4: likewise
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}
// IPv4-mapped addresses (::ffff:a.b.c.d) are checked by BlockList against the IPv4 rules above. A
// ::/96 or ::ffff:0:0/96 rule cannot be added: BlockList would then match every IPv4 address too.
const IPV4_COMPATIBLE = /^::(\d+\.\d+\.\d+\.\d+|[0-9a-f]{1,4}(:[0-9a-f]{1,4})?)$/i;

/** True for a public unicast IPv4 or IPv6 address; false for anything else, including what is not an address. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // The deprecated IPv4-compatible form (::a.b.c.d): nothing public answers there.
  if (family === 6 && IPV4_COMPATIBLE.test(address)) return false;
  return !FORBIDDEN.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The IP address a URL's host spells literally (brackets of IPv6 removed), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

/** A refused connection: its message is what the owner's delivery log shows. */
export class RefusedAddressError extends Error {
  readonly code = 'EWEBHOOKADDRESS';
}

export type LookupFunction = (
  hostname: string,
  options: { all?: boolean; family?: number | string },
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/**
 * A `lookup` for node:net that resolves as usual and refuses the
 * connection when any address is not public, so the socket connects to
 * exactly the address that was checked (no second resolution to rebind).
 * Handles both shapes Node asks for (one address, or all of them for
 * happy eyeballs).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { family: options.family as 0 | 4 | 6 | undefined, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(new RefusedAddressError(`refused address ${refused.address}`), '');
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * Where a host points now, for the check at save time: null when every
 * address is public (or private ones are allowed), else the reason.
 */
export async function hostProblem(hostname: string, allowPrivate: boolean): Promise<'private' | 'unresolvable' | null> {
  const literal = literalAddress(hostname);
  if (literal) return allowPrivate || isPublicAddress(literal) ? null : 'private';
  return new Promise((resolve) => {
    guardedLookup(allowPrivate)(hostname, { all: true }, (error) => {
      if (!error) resolve(null);
      else resolve(error instanceof RefusedAddressError ? 'private' : 'unresolvable');
    });
  });
}
