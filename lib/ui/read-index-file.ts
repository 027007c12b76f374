// Reads an index file the reader picked (plain or gzip-compressed JSON) as text, reporting progress by bytes
// read. Only web-standard streams, so it runs the same in the options page and in Node tests.

const GZIP_MAGIC = [0x1f, 0x8b];

export async function readIndexFile(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  let read = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      read += chunk.byteLength;
      onProgress(file.size ? Math.min(1, read / file.size) : 1);
      controller.enqueue(chunk);
    },
  });
  let stream: ReadableStream<Uint8Array> = file.stream().pipeThrough(counter);
  if (gzipped) stream = stream.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const text = await new Response(stream).text().catch((e: unknown) => {
    throw new Error(gzipped ? `The file looks gzip-compressed but could not be decompressed (${String(e)}).` : String(e));
  });
  onProgress(1);
  if (!text.trim()) throw new Error('The file is empty.');
  // A quick look before sending megabytes to the background: an index file is a JSON object.
  if (!text.trimStart().startsWith('{')) throw new Error('This is not an index file (expected JSON, as build-index writes it).');
  return text;
}
