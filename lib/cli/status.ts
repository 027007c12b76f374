// `status --db <dir|postgres://…> [--json]`: feeds ok and failing, articles per hour, pending work, last publish.
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import { openDb } from '../node/collect/db.js';
import { formatStatus, storeStatus } from '../node/collect/status.js';

export const command = {
  summary: "print a collector store's state: feeds ok/failing, articles per hour, last publish",
  async run(args: string[]): Promise<number> {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
    if (!values.db) {
      stderr.write('usage: status --db <dir|postgres://…> [--json]\n');
      return 2;
    }
    const db = await openDb(values.db);
    try {
      const s = await storeStatus(db, new Date());
      stdout.write(values.json ? `${JSON.stringify(s)}\n` : `${formatStatus(s)}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
