// Where the main-thread time goes on heavy pages with Parallax: a Chromium trace of each page from navigation until
// the extension answers, its long tasks (≥ 16 ms) listed with what they spent their time on (style, layout, script
// by URL, garbage collection); with --profile also the sampling profiler's self time per function. The page-delay
// bench says how long input waited; this says why.
//   npx tsx tests/bench/page-trace.ts [--profile] [path-substring ...]      (needs `npm run build`)
import type { TabState, IndexInfo } from '../../lib/ext/protocol.js';
import { launch, waitFor } from '../browser/harness/extension.js';
import { heavyPages } from '../browser/harness/hostile-pages.js';
import { servePages } from '../browser/harness/server.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}
/** Self time per function of the content script (and the top others), from the sampling profiler. */
function printProfile(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-1)[0]}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const top = [...self]
    .filter(([k]) => !/^\((idle|program)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15);
  for (const [k, v] of top) console.log(`    ${(v / 1000).toFixed(1)} ms  ${k}`);
}

const PROFILE = process.argv.includes('--profile');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = heavyPages().filter((p) => only.length === 0 || only.some((o) => p.path.includes(o)));
const server = await servePages(Object.fromEntries(pages.map((p) => [p.path, p.html])));
const ext = await launch();
const info = await waitFor(
  'the bundled index',
  () => ext.ask<IndexInfo>('uiGetIndexInfo'),
  (i) => i.state === 'ready' || i.state === 'error',
  180_000,
);
if (info.state !== 'ready') throw new Error(`index not loaded: ${info.message}`);

for (const p of pages) {
  const url = server.url(p.path);
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const ended = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink',
    transferMode: 'ReportEvents',
  });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const tabId = await ext.tabIdOf(url);
  const state = await waitFor(
    p.path,
    () => ext.ask<TabState>('uiGetTabState', { tabId }),
    (s) => s.status !== 'waiting' && s.status !== 'index-loading',
    120_000,
  );
  await new Promise((r) => setTimeout(r, 500));
  const profile = PROFILE ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
  await cdp.send('Tracing.end');
  await ended;
  // The renderer's main thread: the one that parsed the page.
  const main = events.find((e) => e.name === 'ParseHTML');
  if (!main) throw new Error(`${p.path}: no HTML parsing in the trace`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = onMain.filter(
    (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) >= 16_000,
  );
  console.log(`\n${p.path}: ${state.status}; ${tasks.length} tasks ≥ 16 ms`);
  // Times from the start of the page's parsing.
  const t0 = main.ts;
  for (const t of tasks) {
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && e !== t);
    const by = new Map<string, number>();
    for (const e of inside) {
      const key =
        e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.callFunction'
          ? `${e.name} ${(e.args?.data?.url ?? '').slice(-60)} ${e.args?.data?.functionName ?? ''}`
          : e.name;
      by.set(key, (by.get(key) ?? 0) + (e.dur ?? 0));
    }
    const top = [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(' | ');
    console.log(`  at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${(t.dur! / 1000).toFixed(1)} ms — ${top}`);
  }
  if (profile) printProfile(profile);
  await page.close();
}
await ext.close();
await server.close();
