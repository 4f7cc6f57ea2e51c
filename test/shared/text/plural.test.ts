import { describe, expect, it } from 'vitest';
import { countOf } from '../../../shared/text/plural';

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise', () => {
    // given / when / then
    expect(countOf(1, 'activity', 'activities')).toBe('1 activity');
    expect(countOf(0, 'activity', 'activities')).toBe('0 activities');
    expect(countOf(2, 'element')).toBe('2 elements');
  });

});
