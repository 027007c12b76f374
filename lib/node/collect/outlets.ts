// The outlet table for the collector: the built one (public/generated/outlets.json) when present, else built in
// memory from ../shared/data/outlets, else none (articles keep the site's own name and domain).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOutletTable, loadOutletTable } from '../build-outlet-table.js';
import { sharedDir } from '../paths.js';
import type { OutletTable } from '../../outlets/types.js';

let cached: OutletTable | null | undefined;

export function collectorOutlets(): OutletTable | null {
  if (cached !== undefined) return cached;
  cached = loadOutletTable();
  if (!cached) {
    const dir = resolve(sharedDir(), 'data', 'outlets');
    cached = existsSync(dir) ? buildOutletTable(dir) : null;
  }
  return cached;
}
