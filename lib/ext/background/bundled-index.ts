// Reading the bundled index, which ships gzipped (public/generated/index.json.gz): in Chromium, fetching the 12.7 MB
// plain file from the extension's package took 3-5 s on its own, the 4.1 MB gzip about 0.7 s. The bytes are
// inflated and decoded as a stream and handed to the loader line by line, so the worker never holds the whole text.

/** Lines of a text stream, without their newlines (a last line without one included). */
export async function* streamLines(stream: ReadableStream<string>): AsyncGenerator<string> {
  const reader = stream.getReader();
  let rest = '';
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      rest += r.value;
      let start = 0;
      for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
        yield rest.slice(start, nl);
        start = nl + 1;
      }
      rest = rest.slice(start);
    }
    if (rest) yield rest;
  } finally {
    // Stops the download when the caller leaves early (the header line was all it wanted).
    await reader.cancel().catch(() => undefined);
  }
}

/** The text lines of a gzipped response body. */
export function gzipLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const bytes = body as ReadableStream<BufferSource>;
  return streamLines(bytes.pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()));
}

/** The first line of a gzipped body (the index header), reading no further than it. */
export async function firstLine(body: ReadableStream<Uint8Array>): Promise<string | null> {
  for await (const line of gzipLines(body)) return line;
  return null;
}
