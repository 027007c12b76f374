import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../lib/node/collect/decode.js';
import { addressAllowed } from '../../../lib/node/collect/address.js';
import { retryAfterMs } from '../../../lib/node/collect/http-body.js';

describe('addresses a feed may make the collector reach', () => {
  it.each([
    ['93.184.216.34', false, true],
    ['127.0.0.1', false, false],
    ['127.0.0.1', true, true],
    ['10.1.2.3', true, false],
    ['192.168.0.1', false, false],
    ['169.254.169.254', false, false],
    ['::1', false, false],
    ['::ffff:10.0.0.1', false, false],
    ['fd00::1', false, false],
    ['2606:4700::1111', false, true],
  ])('%s (loopback allowed: %s) → %s', (ip, loop, ok) => {
    expect(addressAllowed(ip, loop)).toBe(ok);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, caps at a day, defaults to a minute', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('999999')).toBe(86_400_000);
    expect(retryAfterMs(new Date(Date.parse('2026-12-07T10:00:30Z')).toUTCString(), Date.parse('2026-12-07T10:00:00Z'))).toBe(
      30_000,
    );
    expect(retryAfterMs(null)).toBe(60_000);
    expect(retryAfterMs('soon')).toBe(60_000);
  });
});

describe('decodeBody', () => {
  const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]); // "café" in ISO-8859-1
  it.each([
    ['the HTTP charset', latin1, 'text/html; charset=iso-8859-1', 'café'],
    [
      'an XML declaration',
      Uint8Array.from([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe9]),
      'application/xml',
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>é',
    ],
    ['a server that claims UTF-8 over Latin-1 bytes', latin1, 'text/html; charset=utf-8', 'café'],
    ['a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]), 'text/html; charset=iso-8859-1', 'hé'],
  ])('follows %s', (_, bytes, type, text) => {
    expect(decodeBody(bytes, type)).toBe(text);
  });
});
