/**
 * What can be renamed in place on the canvas, as data: how each kind is found in the page, what its
 * text is, and the named edit that changes it. The inline editor reads this list and nothing else.
 */
import type { Edit } from '../../shared/edits/edit';
import type { ProcessMap } from '../../shared/model/schema';

export type InlineKind = 'activity' | 'lane' | 'phase';

export interface InlineTarget {
  readonly kind: InlineKind;
  readonly id: string;
}

interface InlineLabel {
  readonly kind: InlineKind;
  /** The element of the page the label belongs to, found from an event's target. */
  readonly selector: string;
  readonly idOf: (element: HTMLElement) => string | undefined;
  readonly text: (map: ProcessMap, id: string) => string | undefined;
  readonly rename: (id: string, text: string) => Edit;
}

const INLINE_LABELS: readonly InlineLabel[] = [
  {
    kind: 'activity',
    selector: '.react-flow__node-activity',
    idOf: (element) => element.dataset.id,
    text: (map, id) => map.activities[id]?.name,
    rename: (id, name) => ({ type: 'activity.rename', id, name }),
  },
  {
    kind: 'lane',
    selector: '.lane-header',
    idOf: (element) => element.dataset.laneId,
    text: (map, id) => {
      const lane = map.lanes?.[id];
      return lane ? (lane.label ?? map.actors?.[lane.actor]?.name ?? id) : undefined;
    },
    rename: (id, label) => ({ type: 'lane.rename', id, label }),
  },
  {
    kind: 'phase',
    selector: '[data-element^="phase:"]',
    idOf: (element) => element.dataset.element?.slice('phase:'.length),
    text: (map, id) => map.phases?.[id]?.name,
    rename: (id, name) => ({ type: 'phase.update', id, changes: { name } }),
  },
];

function labelOf(kind: InlineKind): InlineLabel {
  return INLINE_LABELS.find((label) => label.kind === kind)!;
}

/** The renamable element an event happened on (a box, a lane header, a phase header), or null. */
export function inlineTargetAt(element: Element | null): InlineTarget | null {
  for (const label of INLINE_LABELS) {
    const found = element?.closest<HTMLElement>(label.selector);
    const id = found ? label.idOf(found) : undefined;
    if (id) return { kind: label.kind, id };
  }
  return null;
}

/** The page element a target is drawn as (where the editor is placed over it). */
export function inlineTargetElement(root: ParentNode, target: InlineTarget): HTMLElement | null {
  const label = labelOf(target.kind);
  return Array.from(root.querySelectorAll<HTMLElement>(label.selector)).find((element) => label.idOf(element) === target.id) ?? null;
}

/** The text the editor starts with. */
export function inlineText(map: ProcessMap, target: InlineTarget): string | undefined {
  return labelOf(target.kind).text(map, target.id);
}

/** The edit that gives the target its new text; null when the text is unchanged or blank (a name is never emptied in place). */
export function inlineRename(map: ProcessMap, target: InlineTarget, text: string): Edit | null {
  const next = text.trim();
  if (!next || next === inlineText(map, target)) return null;
  return labelOf(target.kind).rename(target.id, next);
}
