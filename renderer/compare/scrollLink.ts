/**
 * Panes that scroll together, as two maps compared side by side should: scrolling one moves the
 * others to the same offsets.
 *
 * A pane the link moves fires a scroll event of its own. That event is an echo and is not passed
 * on: otherwise a pane with a smaller picture, which clamps the offset, would pull the leading
 * pane back.
 */

/** What the link needs of a pane: its offsets and its scroll events (an HTMLElement has both). */
export interface ScrollPane extends EventTarget {
  scrollLeft: number;
  scrollTop: number;
}

export interface ScrollLink {
  /** Links `pane` to the others; returns the function that unlinks it. */
  attach(pane: ScrollPane): () => void;
  /**
   * The scroll events of the next moments are the panes' own moves (each centring the element
   * chosen in the change list on its own picture), so they are not passed on.
   */
  hold(): void;
}

/** How long `hold` keeps the panes apart: scroll events arrive within a frame or two. */
const HOLD_MS = 150;

export function createScrollLink(now: () => number = () => performance.now()): ScrollLink {
  const panes = new Set<ScrollPane>();
  /** Panes the link has just moved: their next scroll event is the echo. */
  const echoes = new Set<ScrollPane>();
  let heldUntil = -Infinity;

  const follow = (leader: ScrollPane): void => {
    for (const pane of panes) {
      if (pane === leader) continue;
      const before = [pane.scrollLeft, pane.scrollTop];
      pane.scrollLeft = leader.scrollLeft;
      pane.scrollTop = leader.scrollTop;
      // Setting the offset it already has (or is clamped to) fires no event: expect no echo then.
      if (pane.scrollLeft !== before[0] || pane.scrollTop !== before[1]) echoes.add(pane);
    }
  };

  return {
    attach(pane) {
      const onScroll = (): void => {
        if (echoes.delete(pane) || now() < heldUntil) return;
        follow(pane);
      };
      panes.add(pane);
      pane.addEventListener('scroll', onScroll);
      return () => {
        pane.removeEventListener('scroll', onScroll);
        panes.delete(pane);
        echoes.delete(pane);
      };
    },
    hold() {
      heldUntil = now() + HOLD_MS;
    },
  };
}
