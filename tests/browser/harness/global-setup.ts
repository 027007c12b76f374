// One browser profile for the whole suite (the index loads into it once), removed at the end; fails early and
// clearly when the extension has not been built.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { requireBuild } from './extension.js';

declare module 'vitest' {
  export interface ProvidedContext {
    profileDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-suite-'));
  project.provide('profileDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
