// Import steps: a bad file is stopped before the background; the background's refusal is shown; success is said.
import { describe, expect, it } from 'vitest';
import { runImport, type ImportPhase } from '../../../lib/ui/import-index.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';

const file = (text: string, name = 'index.json'): Blob & { name: string } => Object.assign(new Blob([text]), { name });

describe('runImport', () => {
  it('reads, hands over and reports done, with progress rising', async () => {
    const c = createMockConnector();
    const phases: ImportPhase[] = [];
    const final = await runImport(c, file('{"schemaVersion":1}'), (p) => phases.push(p));
    expect(final).toEqual({ kind: 'done', text: 'Imported index.json.' });
    expect(c.calls.find((x) => x.method === 'importIndex')?.args).toEqual(['index.json', 19]);
    const progress = phases.flatMap((p) => (p.kind === 'busy' ? [p.progress] : []));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops a file that is not an index before it reaches the background', async () => {
    const c = createMockConnector();
    const final = await runImport(c, file('hello'), () => undefined);
    expect(final.kind).toBe('error');
    expect(c.calls.some((x) => x.method === 'importIndex')).toBe(false);
  });

  it("shows the background's reason when it refuses the file", async () => {
    const c = createMockConnector({ importResult: { ok: false, error: 'Unknown schema version 9.' } });
    expect(await runImport(c, file('{"schemaVersion":9}'), () => undefined)).toEqual({ kind: 'error', text: 'Unknown schema version 9.' });
  });
});
