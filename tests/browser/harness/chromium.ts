// Which Chromium the browser suite drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, with a clear message
// naming what was looked for when neither exists (.ci/run installs it from Debian).
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(`Chromium not found: looked for ${candidates.join(', ')} (install Debian's chromium or set CHROMIUM_PATH)`);
  return found;
}
