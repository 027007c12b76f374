// What Firefox makes of the manifest: the add-on installs under its own id, its sidebar is registered but stays
// closed at install (open_at_install: false, which WXT only takes from the side panel's HTML), and it has the icon.
import { describe, expect, it } from 'vitest';
import { ADDON_ID } from '../../../../wxt.config.js';
import { SIDEBAR_ID } from '../harness.js';
import type { FirefoxSuite } from '../suite.js';

export function installSpecs(get: () => FirefoxSuite): void {
  describe('install', () => {
    it('registers the sidebar under the add-on’s id, closed, with its icon', async () => {
      const { h } = get();
      expect(await h.probe.run<string>('return browser.runtime.id')).toBe(ADDON_ID);
      const sidebar = await h.chrome<{ known: boolean; open: boolean; icon: string | null; title: string | null }>(
        `const s = SidebarController.sidebars.get(arguments[0]);
         return { known: !!s, open: SidebarController.isOpen, icon: s?.iconUrl ?? null, title: s?.title ?? null };`,
        SIDEBAR_ID,
      );
      expect(sidebar).toMatchObject({ known: true, open: false, title: 'Parallax' });
      expect(sidebar.icon).toMatch(/icon\/(16|32)\.png/);
    });
  });
}
