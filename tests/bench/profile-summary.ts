// Self time of a V8 CPU profile (`node --cpu-prof`) by function and by file, largest first: where a bench's CPU goes.
// `npx tsx tests/bench/profile-summary.ts <file.cpuprofile> [rows] [--stages=name=regexp,name=regexp…]`
// e.g. `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx tests/bench/collect.ts 300`, then this on the file.
// With --stages each sample also counts to the stage of the innermost frame ("function file:line") that matches one,
// so a stage's whole call tree is seen (for example `--stages=claims=lib/claims/,store=pglite|wasm:`).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const stagesArg = args.find((a) => a.startsWith('--stages='))?.slice('--stages='.length);
const [file, rowsArg] = args.filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: tsx tests/bench/profile-summary.ts <file.cpuprofile> [rows] [--stages=name=regexp,…]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// Idle samples are the thread waiting (sockets, timers), not CPU: left out of the shares.
for (const n of profile.nodes) if (n.callFrame.functionName === '(idle)') self.delete(n.id);
const total = [...self.values()].reduce((s, v) => s + v, 0);

/** A file's path from the repository or node_modules on (file: URLs shortened). */
const shortFile = (url: string) =>
  url
    ? url
        .replace(/^file:\/\//, '')
        .replace(/^.*\/node_modules\//, 'node_modules/')
        .replace(/^.*\/(lib|tests|components|entrypoints)\//, '$1/')
    : '(native)';
const frameName = (id: number) => {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  return `${functionName || '(anonymous)'} ${shortFile(url)}${url ? `:${lineNumber + 1}` : ''}`;
};

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, us] of self) {
  const fn = frameName(id);
  const f = shortFile(byId.get(id)!.callFrame.url);
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  byFile.set(f, (byFile.get(f) ?? 0) + us);
}

const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
};

console.log(`${(total / 1e6).toFixed(1)} s sampled (idle left out) in ${file}`);
if (stagesArg) {
  const stages = stagesArg.split(',').map((s) => {
    const at = s.indexOf('=');
    return { name: s.slice(0, at), re: new RegExp(s.slice(at + 1)) };
  });
  const byStage = new Map<string, number>();
  for (const [id, us] of self) {
    let stage = 'other';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const hit = stages.find((s) => s.re.test(frameName(cur!)));
      if (hit) {
        stage = hit.name;
        break;
      }
    }
    byStage.set(stage, (byStage.get(stage) ?? 0) + us);
  }
  show('time by stage (innermost matching frame)', byStage);
}
show('self time by file', byFile);
show('self time by function', byFunction);
