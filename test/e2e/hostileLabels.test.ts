import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorSessionForSpec } from './support/editorSession';
import { HAS_CHROMIUM } from './support/launchChromium';

const HOSTILE = fileURLToPath(new URL('../fixtures/maps/hostile-labels.yaml', import.meta.url));

/** Text without whitespace: wrapped labels break lines (and long words) where the layout chose. */
const squash = (text: string) => text.replace(/\s+/g, '');

const session = editorSessionForSpec();

describe.skipIf(!HAS_CHROMIUM)('hostile labels', () => {
  it('shows markup and script in labels as text and never runs it', async () => {
    // given a map whose labels hold HTML, SVG and script
    const editor = await session.open();
    const dialogs: string[] = [];
    editor.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // when it is opened through Open…
    await editor.openFile(HOSTILE);
    // then every label is shown literally
    expect(squash(await editor.canvas.nodeText('X1'))).toContain(squash(`<b>bold?</b> & "quotes" 'single' {{constructor.constructor('window.__pwned=3')()}}`));
    expect(squash(await editor.canvas.nodeText('X2'))).toContain('verylongwordwithoutanyspaces');
    const backdropText = squash(await editor.page.locator('.backdrop').evaluate((svg) => svg.textContent ?? ''));
    expect(backdropText).toContain(squash('<svg onload="window.__pwned=4"></svg>'));
    expect(backdropText).toContain('javascript:window.__pwned=5');
    expect(backdropText).toContain(squash('<script>window.__pwned = 1</script>'));
    expect(await editor.canvas.laneHeader('evil-lane').getAttribute('aria-label')).toContain('<img src=x onerror="window.__pwned=2">');
    // and nothing was interpreted: no injected elements, no script ran, no dialog opened
    expect(await editor.page.locator('.react-flow img, .react-flow script, .react-flow b, .react-flow foreignObject').count()).toBe(0);
    expect(await editor.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // and the inspector shows the raw text for editing
    await editor.canvas.node('X1').click();
    expect(await editor.inspector.field('Name').inputValue()).toBe(`<b>bold?</b> & "quotes" 'single' {{constructor.constructor('window.__pwned=3')()}}`);
    // and the SVG export escapes it
    const svg = await editor.download(() => editor.command('Export SVG').click());
    expect(svg.name).toBe('hostile.svg');
    expect(svg.text).not.toMatch(/<img|<script|<b>|<svg onload/);
    expect(svg.text).toContain('&lt;b&gt;bold?&lt;/b&gt;');
  });
});
