// One key per story URL: the same article reached through tracking parameters, an AMP page, the AMP cache, a
// mobile host or a trailing slash is one article. Pure (the collector and the extension's self-collect mode).

/** Query parameters that only say where a click came from (Google Analytics, ad networks, newsletters, social). */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|twclid|igshid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i,
  /^(cmp|cmpid|ocid|icid|ito|intcmp|int_source|int_medium|int_campaign|smid|smtyp|sr_share|share|ref|ref_src|ref_url|referrer|src|source|via|feed|rss|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|at_medium|at_campaign|at_custom\d*|xtor|s_cid|cid|traffic_source|partner|sc_cid|__twitter_impression|outputtype|amp|amp_js_v|usqp|_gl|tpcc)$/i,
];

const isTracking = (name: string) => TRACKING.some((re) => re.test(name));

/** An AMP cache URL (https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a) → the publisher's URL. */
function unAmpCache(u: URL): URL {
  if (!/\.cdn\.ampproject\.org$/i.test(u.hostname)) return u;
  const m = /^\/[a-z](?:\/s)?\/(.+)$/i.exec(u.pathname);
  if (!m) return u;
  const secure = /^\/[a-z]\/s\//i.test(u.pathname);
  try {
    return new URL(`${secure ? 'https' : 'http'}://${m[1]}${u.search}`);
  } catch {
    return u;
  }
}

/** The URL with tracking parameters, AMP markers and fragments removed; other parameters kept, sorted. Null for
 * anything but an absolute http(s) URL. */
export function canonicalUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u = unAmpCache(u);
  u.hash = '';
  u.username = '';
  u.password = '';
  u.hostname = u.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^amp\./, '');
  if ((u.protocol === 'https:' && u.port === '443') || (u.protocol === 'http:' && u.port === '80')) u.port = '';
  // AMP pages: /amp, /amp/, /amp.html, .amp, ?amp=1, ?outputType=amp (the parameter rule drops the last two).
  u.pathname = u.pathname.replace(/\/amp(\.html)?\/?$/i, '/').replace(/\.amp(\.html)?$/i, '$1');
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTracking(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return u.toString();
}

/** Dedupe key: the canonical URL without scheme, leading www./m./mobile., or trailing slash. */
export function urlKey(raw: string, base?: string): string | null {
  const c = canonicalUrl(raw, base);
  if (!c) return null;
  const u = new URL(c);
  const host = u.hostname.replace(/^(www\d?|m|mobile)\./, '');
  const path = u.pathname.replace(/\/(index\.html?)?$/i, '').replace(/\/+$/, '');
  return `${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
}

/** Host as the outlet table keys it: lower case, without a leading www./m./amp. */
export function siteDomain(raw: string): string | null {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

/** Whether a page's canonical link may name it: the same site (a canonical on another host is ignored, so a page
 * cannot pose as another outlet's article). */
export function relatedHosts(a: string, b: string): boolean {
  const x = siteDomain(a);
  const y = siteDomain(b);
  return !!x && !!y && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
}
