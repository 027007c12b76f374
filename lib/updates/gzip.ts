// Gzip in and out with the platform's streams (DecompressionStream: Chrome 80+, Firefox 113+, Node 18+), so the
// extension and Node read published files with the same code. A file is bytes in memory, or a Blob: the extension
// stores update files as Blobs (lib/ext/background/update-files.ts), which IndexedDB keeps outside the worker's heap.

export type FileBytes = Uint8Array | Blob;

/** Bytes a stream hands on at a time: a Blob is read a piece at a time, never whole into the heap. */
const PIECE_BYTES = 1 << 20;

/** The file's bytes as a stream of pieces made here, not Blob.stream(): under test runners a Blob may come from
 * another realm, whose chunks DecompressionStream refuses. */
export function byteStream(bytes: FileBytes): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      const size = bytes instanceof Uint8Array ? bytes.length : bytes.size;
      if (at >= size) {
        c.close();
        return;
      }
      const end = Math.min(size, at + PIECE_BYTES);
      c.enqueue(bytes instanceof Uint8Array ? bytes.slice(at, end) : new Uint8Array(await bytes.slice(at, end).arrayBuffer()));
      at = end;
    },
  });
}

export async function gunzipText(bytes: FileBytes): Promise<string> {
  const stream = byteStream(bytes).pipeThrough(
    new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  try {
    // Decoded whole, not through TextDecoderStream: Node's refuses the chunks of its own DecompressionStream when run
    // under Vitest ("Received non-Uint8Array chunk"), and these files are read whole anyway.
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
  } catch (err) {
    throw new Error(`not a gzip file (${err instanceof Error ? err.message : String(err)})`);
  }
}
