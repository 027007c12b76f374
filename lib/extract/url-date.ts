// The publication day a URL spells out: news sites file articles under /2018/04/17/ (NYT, Fox, USA Today,
// Breitbart in NewsWCL50), /20191118/ or /2019-11-18/. A page with no date in its metadata still tells its day this
// way; so do corpus records that carry only their URL (NewsWCL50).

/** /YYYY/MM/DD/, /YYYY-MM-DD, /YYYYMMDD in a path segment; a year alone (/2019/slug) says too little. */
const PATH_DATE = /\/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/;

/** YYYY-MM-DD from a URL's path, or null. A date after `notAfter` (a page cannot be filed in the future) is refused. */
export function dateFromUrl(url: string | null | undefined, notAfter?: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = PATH_DATE.exec(path);
  if (!m) return null;
  const iso = `${m[1]}-${m[3]}-${m[4]}`;
  const t = Date.parse(`${iso}T12:00:00Z`);
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== iso) return null;
  if (notAfter && iso > notAfter.slice(0, 10)) return null;
  return iso;
}
