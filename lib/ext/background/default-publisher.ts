// The build's default update publisher: PARALLAX_UPDATES_URL and PARALLAX_UPDATES_KEY in the environment of
// `npm run build`, put in the bundle by wxt.config.ts (empty by default: no publisher, updates off until the reader
// adds one).
declare const __PARALLAX_UPDATES_URL__: string | undefined;
declare const __PARALLAX_UPDATES_KEY__: string | undefined;

export function defaultPublisher(
  url = typeof __PARALLAX_UPDATES_URL__ === 'string' ? __PARALLAX_UPDATES_URL__ : '',
  key = typeof __PARALLAX_UPDATES_KEY__ === 'string' ? __PARALLAX_UPDATES_KEY__ : '',
): { url: string; key: string } | null {
  return url.trim() && key.trim() ? { url: url.trim(), key: key.trim() } : null;
}
