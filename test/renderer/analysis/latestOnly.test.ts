import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestOnly } from '../../../renderer/analysis/latestOnly';

describe('latestOnly', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('handles only the last of the requests that arrived before it ran, and later ones again', () => {
    // given a handler that records what it was given
    vi.useFakeTimers();
    const handled: number[] = [];
    const submit = latestOnly((request: number) => handled.push(request));
    // when three requests arrive at once
    submit(1);
    submit(2);
    submit(3);
    // then nothing runs before the next task, and then only the last
    expect(handled).toEqual([]);
    vi.runAllTimers();
    expect(handled).toEqual([3]);
    // and a request after that is handled too
    submit(4);
    vi.runAllTimers();
    expect(handled).toEqual([3, 4]);
  });
});
