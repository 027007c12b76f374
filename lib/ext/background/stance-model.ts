// The shipped stance model (public/generated/stance-model.json), fetched and parsed once per worker life: it reads
// each other outlet's article against the headline being read. Missing or unreadable, reports simply go without it.
import { parseStanceModel, type StanceModel } from '../../stance/model.js';
import { generatedUrl } from './outlet-table.js';

let cached: Promise<StanceModel | null> | null = null;

export function stanceModel(): Promise<StanceModel | null> {
  cached ??= fetch(generatedUrl('stance-model.json'))
    .then(async (r) => (r.ok ? parseStanceModel(await r.json()) : null))
    .catch((e: unknown) => {
      console.warn('Parallax: stance model not loaded', e);
      return null;
    });
  return cached;
}
