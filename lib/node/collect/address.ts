// Which addresses a feed may make the collector reach: public unicast only, loopback when a test allows it. Checked
// at DNS resolution (so a name that resolves to a private address is refused too) and for literal IPs.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { FetchFail } from './http-types.js';

/** Loopback is allowed only when asked (tests); private, link-local, multicast, reserved and the like never. */
export function addressAllowed(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'loopback') return allowLoopback;
  return range === 'unicast';
}

export function guardedLookup(allowLoopback: boolean) {
  return (
    hostname: string,
    options: object,
    cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !addressAllowed(a.address, allowLoopback));
      if (bad)
        return cb(
          Object.assign(new Error(`${hostname} resolves to a private address (${bad.address})`), { code: 'EPRIVATE' }),
          [],
        );
      const all = (options as { all?: boolean }).all;
      if (all) cb(null, list);
      else cb(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Why a URL is not fetched at all (not http(s), a private or loopback literal address, a local name), or null. */
export function refusedUrl(target: string, allowLoopback: boolean): FetchFail | null {
  let u: URL;
  try {
    u = new URL(target);
  } catch {
    return { ok: false, kind: 'bad-url', message: `not a URL: ${target.slice(0, 200)}` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { ok: false, kind: 'bad-url', message: `not http(s): ${u.protocol}` };
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !addressAllowed(host, allowLoopback)) {
    return {
      ok: false,
      kind: 'private-address',
      message: `${host} is a private or loopback address (refused; --allow-loopback permits 127.0.0.0/8)`,
    };
  }
  if (!isIP(host) && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host) && !allowLoopback) {
    return { ok: false, kind: 'private-address', message: `${host} is a local name (refused)` };
  }
  return null;
}
