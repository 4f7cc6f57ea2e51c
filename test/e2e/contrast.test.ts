import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const session = editorSessionForSpec();

/** Text colour / background pairs the UI uses, by theme variable name. */
const PAIRS: readonly [string, string][] = [
  ['--ink', '--bg'],
  ['--ink', '--panel'],
  ['--muted', '--bg'],
  ['--muted', '--panel'],
  ['--accent', '--bg'],
  ['--accent', '--panel'],
  ['--accent-ink', '--accent'],
  ['--error', '--bg'],
  ['--error', '--panel'],
  ['--warning', '--panel'],
  ['--info', '--panel'],
  ['--ink', '--lane-a'],
  ['--ink', '--lane-b'],
  ['--ink', '--lane-header'],
  ['--ink', '--phase-a'],
  ['--ink', '--box'],
  ['--ink', '--input-bg'],
  // The compare view's mark tags (sign and word on the mark's colour) and ghost text.
  ['--mark-ink', '--mark-removed'],
  ['--mark-ink', '--mark-added'],
  ['--mark-ink', '--mark-moved'],
  ['--mark-ink', '--mark-changed'],
  ['--ghost-ink', '--bg'],
];

describe.skipIf(!HAS_CHROMIUM)('contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every text colour of the ${theme} theme meets WCAG AA (4.5:1) on the backgrounds it is used on`, async () => {
      // given the editor in this theme
      const editor = await session.open();
      await editor.page.evaluate((name) => {
        document.documentElement.dataset.theme = name;
      }, theme);
      // when the ratios of the theme's colour pairs are computed from the live CSS
      const ratios = await editor.page.evaluate((pairs) => {
        const style = getComputedStyle(document.documentElement);
        const luminance = (value: string): number => {
          const probe = document.createElement('div');
          probe.style.color = value;
          document.body.append(probe);
          const [r, g, b] = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
          probe.remove();
          const channel = (c: number) => {
            const s = c / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        return pairs.map(([fg, bg]) => {
          const a = luminance(style.getPropertyValue(fg).trim());
          const b = luminance(style.getPropertyValue(bg).trim());
          return { pair: `${fg} on ${bg}`, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
        });
      }, PAIRS);
      // then each is at least 4.5:1
      const failing = ratios.filter((entry) => entry.ratio < 4.5).map((entry) => `${entry.pair}: ${entry.ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
});
