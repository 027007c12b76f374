// Which addresses a feed may make the collector reach: public unicast only, loopback when a test allows it. Checked
// at DNS resolution (so a name that resolves to a private address is refused too) and for literal IPs.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

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
  return (hostname: string, options: object, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !addressAllowed(a.address, allowLoopback));
      if (bad) return cb(Object.assign(new Error(`${hostname} resolves to a private address (${bad.address})`), { code: 'EPRIVATE' }), []);
      const all = (options as { all?: boolean }).all;
      if (all) cb(null, list);
      else cb(null, list[0]!.address, list[0]!.family);
    });
  };
}
