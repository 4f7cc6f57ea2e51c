import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/render/exportFormats';
import { sessionWithExample } from './memoryHost';

describe('export actions', () => {
  it('hands the present map to the host as an SVG named after the map', async () => {
    // given the example open with D1 renamed
    const { session, host } = await sessionWithExample();
    session.edit({ type: 'activity.rename', id: 'D1', name: 'Watch the queue' });
    // when exported as SVG
    await session.exportAs(EXPORT_FORMATS.find((format) => format.id === 'svg')!);
    // then the host got an SVG of the present map and the status says so
    const [exported] = host.exports;
    expect(exported).toMatchObject({ suggestedName: 'acme-D-as-is.svg', mimeType: 'image/svg+xml' });
    expect(String(exported?.data)).toContain('Watch the queue');
    expect(session.store.getState().status).toBe('Exported SVG');
  });
});
