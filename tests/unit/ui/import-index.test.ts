// Import steps: files are staged, never sent in a message; the background's refusal is shown; an unsigned file waits
// for the reader's answer (confirm loads it, cancel drops the staged copy); a file over the size limit never leaves;
// an import whose own answer is lost ends with what the background says became of it.
import { describe, expect, it } from 'vitest';
import { cancelImport, confirmImport, runImport, type ImportPhase } from '../../../lib/ui/import-index.js';
import { createMockConnector, mockIndexInfo } from '../../../lib/ui/mock/mock-connector.js';

const file = (text: string, name = 'index.json'): Blob & { name: string } => Object.assign(new Blob([text]), { name });
const unsigned = {
  name: 'index.json',
  description: 'Made at home',
  builtAt: '2025-05-22',
  counts: { articles: 3, events: 2, outlets: 2 },
  reason: 'the file is not signed',
};

describe('runImport', () => {
  it('stages the files, asks the background by id and reports done, with progress rising', async () => {
    const c = createMockConnector();
    const phases: ImportPhase[] = [];
    const final = await runImport(c, [file('{"schemaVersion":1}')], (p) => phases.push(p));
    expect(final).toEqual({ kind: 'done', text: 'Imported “Example corpus (invented)”.' });
    expect(c.calls.find((x) => x.method === 'stageImport')?.args).toEqual([['index.json']]);
    // Only the id travels in the message, whatever the file's size.
    expect(c.calls.find((x) => x.method === 'importIndex')?.args).toEqual(['staged-1', false]);
    const progress = phases.flatMap((p) => (p.kind === 'busy' ? [p.progress] : []));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("ends with the import's status when its own answer is lost", async () => {
    const c = createMockConnector({
      importAnswered: false,
      importResult: { ok: false, error: 'the manifest’s signature does not hold' },
    });
    const final = await runImport(c, [file('{}', 'manifest.json'), file('{}', 'snapshot.json.gz')], () => undefined, 5);
    expect(final).toEqual({ kind: 'error', text: 'the manifest’s signature does not hold' });
    expect(c.calls.filter((x) => x.method === 'importStatus')[0]?.args).toEqual(['staged-1', false]);
  });

  it('refuses a file over the size limit before staging it', async () => {
    const c = createMockConnector();
    const huge = Object.assign(new Blob(['x']), { name: 'huge.json.gz' });
    Object.defineProperty(huge, 'size', { value: 250_000_000 });
    const final = await runImport(c, [huge], () => undefined);
    expect(final).toEqual({ kind: 'error', text: 'huge.json.gz is larger than Parallax imports: over 200 MB' });
    expect(c.calls.some((x) => x.method === 'stageImport')).toBe(false);
  });

  it("shows the background's reason when it refuses the file", async () => {
    const c = createMockConnector({
      importResult: { ok: false, error: 'unsupported index schema version 9 (this build reads 2)' },
    });
    expect(await runImport(c, [file('{"schemaVersion":9}')], () => undefined)).toEqual({
      kind: 'error',
      text: 'unsupported index schema version 9 (this build reads 2)',
    });
  });

  it('asks before loading an unsigned file; confirm loads it, cancel drops it', async () => {
    const c = createMockConnector({
      importResult: { ok: false, error: 'index.json is not signed by a publisher you trust', unsigned },
    });
    const asked = await runImport(c, [file('{}')], () => undefined);
    expect(asked).toEqual({ kind: 'confirm', id: 'staged-1', unsigned });
    expect(await confirmImport(c, 'staged-1', () => undefined)).toEqual({
      kind: 'done',
      text: `Imported “${mockIndexInfo.description}”.`,
    });
    expect(c.calls.filter((x) => x.method === 'importIndex').map((x) => x.args)).toEqual([
      ['staged-1', false],
      ['staged-1', true],
    ]);
    const phases: ImportPhase[] = [];
    await cancelImport(c, 'staged-1', (p) => phases.push(p));
    expect(c.calls.find((x) => x.method === 'discardImport')?.args).toEqual(['staged-1']);
    expect(phases).toEqual([{ kind: 'idle' }]);
  });
});
