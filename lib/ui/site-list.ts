// Allow/deny site lists as the reader types them in options: one host per line or comma-separated.

/** Sites typed by the reader into allow/deny lists: hosts, lower case, no scheme/path/www., deduplicated. */
export function parseSiteList(text: string): string[] {
  const hosts = text
    .split(/[\s,]+/)
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^[a-z]+:\/\//, '')
        .replace(/[/?#].*$/, '')
        .replace(/^www\./, ''),
    )
    .filter((s) => /^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$|^\d+\.\d+\.\d+\.\d+$/.test(s.replace(/:\d+$/, '')));
  return [...new Set(hosts)];
}
