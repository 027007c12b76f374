// What the polite fetcher (http.ts) is asked and answers: its options, and an outcome that is a value, never a
// thrown error (each failure has a kind the caller counts).
export type FetchErrorKind =
  'bad-url' | 'private-address' | 'robots' | 'backoff' | 'timeout' | 'too-large' | 'redirects' | 'http' | 'network';

export interface FetchOk {
  ok: true;
  /** 304: the caller's copy is current. */
  notModified: boolean;
  status: number;
  /** Where the body came from, after redirects. */
  url: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
  text(): string;
}

export interface FetchFail {
  ok: false;
  kind: FetchErrorKind;
  message: string;
  status?: number;
  /** How long until the host may be asked again (Retry-After, or this fetcher's backoff), in ms: a duration, so a
   * caller on another clock (a simulated one in tests) can add it to its own. */
  retryInMs?: number;
}

export type FetchOutcome = FetchOk | FetchFail;

export interface FetcherOptions {
  userAgent: string;
  /** Minimum time between two requests to one host; robots.txt's crawl-delay wins when longer. */
  hostIntervalMs: number;
  allowLoopback?: boolean;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Body limit after decompression. */
  maxBytes?: number;
  now?: () => number;
}
