// Links taken from the index or from pages are untrusted: only http(s) URLs become clickable.

/** The URL normalised if it is http(s), else null (javascript:, data:, relative or malformed). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The host of a URL without www./m./amp., for display; null when the URL is not http(s). */
export function hostOf(url: string | null | undefined): string | null {
  const href = safeHref(url);
  return href ? new URL(href).hostname.replace(/^(www|m|amp)\./, '') : null;
}
