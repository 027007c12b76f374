// Gzip in and out with the platform's streams (DecompressionStream: Chrome 80+, Firefox 113+, Node 18+), so the
// extension and Node read published files with the same code.
export async function gunzipText(bytes: Uint8Array): Promise<string> {
  // A stream of the bytes made here, not Blob.stream(): under test runners a Blob may come from another realm, whose
  // chunks DecompressionStream refuses.
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new Uint8Array(bytes));
      c.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  try {
    // Decoded whole, not through TextDecoderStream: Node's refuses the chunks of its own DecompressionStream when run
    // under Vitest ("Received non-Uint8Array chunk"), and these files are read whole anyway.
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
  } catch (err) {
    throw new Error(`not a gzip file (${err instanceof Error ? err.message : String(err)})`);
  }
}
