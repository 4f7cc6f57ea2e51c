import { describe, expect, it } from 'vitest';
import { createScrollLink } from '../../../renderer/compare/scrollLink';

/** A scrollable pane as the browser has it: offsets clamped to its content, a scroll event per move. */
class FakePane extends EventTarget {
  #left = 0;
  #top = 0;
  pending = false;

  constructor(
    readonly maxLeft: number,
    readonly maxTop: number,
  ) {
    super();
  }

  get scrollLeft(): number {
    return this.#left;
  }
  set scrollLeft(value: number) {
    this.#move(value, this.#top);
  }
  get scrollTop(): number {
    return this.#top;
  }
  set scrollTop(value: number) {
    this.#move(this.#left, value);
  }

  /** A move by the user (or by code): the event comes later, as in a browser. */
  scrollTo(left: number, top: number): void {
    this.#move(left, top);
  }

  #move(left: number, top: number): void {
    const [clampedLeft, clampedTop] = [Math.max(0, Math.min(this.maxLeft, left)), Math.max(0, Math.min(this.maxTop, top))];
    if (clampedLeft === this.#left && clampedTop === this.#top) return;
    [this.#left, this.#top] = [clampedLeft, clampedTop];
    this.pending = true;
  }
}

/** Delivers the pending scroll events until none is left, as frames would. */
function deliverEvents(panes: FakePane[]): void {
  for (let round = 0; round < 10 && panes.some((pane) => pane.pending); round++) {
    for (const pane of panes) {
      if (!pane.pending) continue;
      pane.pending = false;
      pane.dispatchEvent(new Event('scroll'));
    }
  }
}

/** A left pane that scrolls 1000 × 500 px linked to a right one that scrolls `rightMaxLeft` × 500. */
function linkedPanes(rightMaxLeft: number): [FakePane, FakePane] {
  const link = createScrollLink(() => 0);
  const [left, right] = [new FakePane(1000, 500), new FakePane(rightMaxLeft, 500)];
  link.attach(left);
  link.attach(right);
  return [left, right];
}

describe('scroll link', () => {
  it('moves the other pane to the offsets of the one the user scrolls', () => {
    // given two linked panes
    const [left, right] = linkedPanes(1000);
    // when the user scrolls the left one
    left.scrollTo(300, 120);
    deliverEvents([left, right]);
    // then the right one follows
    expect([right.scrollLeft, right.scrollTop]).toEqual([300, 120]);
  });

  it('does not let a pane with a smaller picture pull the leading pane back', () => {
    // given a right pane that can scroll only 200 px
    const [left, right] = linkedPanes(200);
    // when the left pane is scrolled past that
    left.scrollTo(600, 0);
    deliverEvents([left, right]);
    // then the left pane stays where the user put it, and the right one goes as far as it can
    expect(left.scrollLeft).toBe(600);
    expect(right.scrollLeft).toBe(200);
    // and the right pane still leads when the user scrolls it next
    right.scrollTo(100, 40);
    deliverEvents([left, right]);
    expect([left.scrollLeft, left.scrollTop]).toEqual([100, 40]);
  });

  it('lets each pane centre its own element while held, and stops linking a detached pane', () => {
    // given two linked panes and a clock
    let time = 0;
    const link = createScrollLink(() => time);
    const [left, right] = [new FakePane(1000, 500), new FakePane(1000, 500)];
    link.attach(left);
    const detachRight = link.attach(right);
    // when both centre a chosen element at their own places while the link is held
    link.hold();
    left.scrollTo(400, 0);
    right.scrollTo(450, 10);
    deliverEvents([left, right]);
    // then each keeps its own offsets
    expect([left.scrollLeft, right.scrollLeft]).toEqual([400, 450]);
    // when the hold is over and the right pane is detached
    time = 1000;
    detachRight();
    left.scrollTo(0, 0);
    deliverEvents([left, right]);
    // then the right pane no longer follows
    expect(right.scrollLeft).toBe(450);
  });
});
