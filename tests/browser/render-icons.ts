// Renders public/icon/parallax.svg to the PNG sizes the manifest uses, with the same Chromium the browser suite
// drives (no image library needed). Run by hand when the icon changes: `npx tsx tests/browser/render-icons.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from '../../lib/node/paths.js';
import { chromiumPath } from './harness/chromium.js';

const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const svg = readFileSync(resolve(projectRoot, 'public/icon/parallax.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      writeFileSync(resolve(projectRoot, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
