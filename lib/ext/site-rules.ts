// Whether a page may be checked automatically: per-site deny and allow lists, then the auto-run switch. Pure.
import type { Settings } from './protocol.js';

/** "www.example.com" matches a rule for "example.com"; "news.example.com" too (a site's sections share a rule). */
function hostMatches(pageHost: string, pageHostWithPort: string, rule: string): boolean {
  const r = rule
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  if (!r) return false;
  if (r.includes(':')) return pageHostWithPort === r;
  return pageHost === r || pageHost.endsWith(`.${r}`);
}

export function autoRunAllowed(settings: Pick<Settings, 'autoRun' | 'allowSites' | 'denySites'>, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const hostPort = u.host.toLowerCase().replace(/^www\./, '');
  if (settings.denySites.some((r) => hostMatches(host, hostPort, r))) return false;
  if (settings.allowSites.some((r) => hostMatches(host, hostPort, r))) return true;
  return settings.autoRun;
}
