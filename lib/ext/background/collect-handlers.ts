// The options page's "collect it yourself" messages, each payload validated (the OPML is parsed by the background,
// never trusted from the page), answered by the collect service.
import * as v from 'valibot';
import type { CollectImport, CollectInfo } from '../protocol.js';
import { parsePayload } from '../validate.js';
import type { BgServices } from './services.js';

/** An OPML file of a few thousand feeds is well under this. */
const MAX_OPML_CHARS = 5_000_000;
const ImportSchema = v.object({ opml: v.pipe(v.string(), v.maxLength(MAX_OPML_CHARS, 'the OPML file is larger than 5 MB')) });
const FeedUrlSchema = v.object({ url: v.pipe(v.string(), v.maxLength(4096), v.url()) });
const PollSchema = v.object({ url: v.nullable(v.pipe(v.string(), v.maxLength(4096), v.url())) });

export function collectHandlers(s: BgServices) {
  return {
    uiGetCollect: (): Promise<CollectInfo> => s.collect.info(),
    uiCollectImport: async (d: unknown): Promise<CollectImport> => {
      const { opml } = parsePayload(ImportSchema, d, 'uiCollectImport');
      const out = await s.collect.importOpml(opml);
      // The new feeds are polled at once (not awaited: the options page follows the poll through uiGetCollect).
      if (out.added) void s.collect.pollNow().catch((e: unknown) => console.warn('Parallax: first poll failed', e));
      return { ...out, info: { ...out.info, polling: out.added > 0 || out.info.polling } };
    },
    uiCollectRemove: (d: unknown): Promise<CollectInfo> =>
      s.collect.remove(parsePayload(FeedUrlSchema, d, 'uiCollectRemove').url),
    uiCollectPoll: (d: unknown): Promise<CollectInfo> => s.collect.pollNow(parsePayload(PollSchema, d, 'uiCollectPoll').url),
  };
}
