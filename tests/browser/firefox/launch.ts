// Starts Debian's firefox-esr headless with Marionette on a free port, in a fresh profile whose user.js fixes the
// add-on's internal UUID (so moz-extension:// URLs are known before install) and sends every request but
// 127.0.0.1's to a closed port (the machine is offline; real pages link fonts, ads and scripts elsewhere).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marionette } from './marionette.js';

/** The add-on's moz-extension:// host in the suite's profile (any fixed UUID; Firefox draws a random one per profile). */
export const EXTENSION_UUID = '5f1ae0c2-2b8e-4f7e-9a43-7d0c6c8e5b11';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(`Firefox not found: looked for ${candidates.join(', ')} (install Debian's firefox-esr or set FIREFOX_PATH)`);
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** user.js: Marionette's port, the add-on's UUID, offline apart from 127.0.0.1, and nothing that opens on its own. */
function userJs(port: number, addonId: string): string {
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': port,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
  };
  return Object.entries(prefs)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n');
}

export interface FirefoxProcess {
  client: Marionette;
  profile: string;
  close(): Promise<void>;
}

export async function startFirefox(addonId: string, size = { width: 1200, height: 900 }): Promise<FirefoxProcess> {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-firefox-'));
  const port = await freePort();
  writeFileSync(join(profile, 'user.js'), userJs(port, addonId));
  const args = [
    '-marionette',
    '-remote-allow-system-access',
    '-headless',
    '-no-remote',
    '-profile',
    profile,
    '-width',
    String(size.width),
    '-height',
    String(size.height),
  ];
  const child: ChildProcess = spawn(firefoxPath(), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test process that ends without closing (a hook timed out, the run was interrupted) takes Firefox with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  let client: Marionette;
  try {
    client = await Promise.race([
      Marionette.connect(port, 90_000),
      exited.then(() => {
        throw new Error(`Firefox exited before Marionette answered:\n${stderr}`);
      }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    client,
    profile,
    close: async () => {
      await client.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      client.close();
      const quit = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
      if (!quit) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
