import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_METRICS_PATH, generateFontMetricsModule } from '../../scripts/generate-font-metrics';

describe('generate-font-metrics', () => {
  it('the committed shared/text/fontMetrics.ts is exactly what the generator writes from the bundled fonts', () => {
    // given
    const committed = readFileSync(FONT_METRICS_PATH, 'utf8');
    // when
    const generated = generateFontMetricsModule();
    // then
    expect(committed, 'run: npx tsx scripts/generate-font-metrics.ts').toBe(generated);
  });
});
