// The extraction worker's script for content scripts (lib/ext/content/worker-host.ts): read from the extension once
// per background lifetime. A content script cannot fetch it itself unless it is web-accessible, and a web-accessible
// file is one any page can probe for to learn that Parallax is installed.
import { browser } from 'wxt/browser';

const PATH = '/extract-worker.js';
let cached: Promise<string> | null = null;

export function workerScript(read: () => Promise<string> = readOwn): Promise<{ script: string }> {
  cached ??= read();
  cached.catch(() => (cached = null));
  return cached.then((script) => ({ script }));
}

async function readOwn(): Promise<string> {
  const res = await fetch(browser.runtime.getURL(PATH as '/'));
  if (!res.ok) throw new Error(`the extraction worker's script is missing (${res.status})`);
  return res.text();
}
