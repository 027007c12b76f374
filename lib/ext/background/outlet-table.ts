// The bundled outlet table (public/generated/outlets.json), fetched once per worker life: derived data, so keeping
// it in memory is safe (a restarted worker fetches it again). A missing table leaves outlets as the page names them.
import { browser } from 'wxt/browser';
import type { OutletTable } from '../../outlets/types.js';

/** A URL inside the extension for a generated file (WXT's typed paths only know files present at `wxt prepare`). */
export function generatedUrl(file: string): string {
  return (browser.runtime.getURL as (path: string) => string)(`/generated/${file}`);
}

let cached: Promise<OutletTable | null> | null = null;

export function outletTable(): Promise<OutletTable | null> {
  cached ??= fetch(generatedUrl('outlets.json'))
    .then((r) => (r.ok ? (r.json() as Promise<OutletTable>) : null))
    .catch((e: unknown) => {
      console.warn('Parallax: outlet table not loaded', e);
      return null;
    });
  return cached;
}
