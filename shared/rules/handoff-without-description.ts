import { isCrossLaneFlow } from '../model/mapQueries';
import type { Handoff, ProcessMap } from '../model/schema';
import { defineRule } from './rule';

/** True when some handoff kind names who sends, who receives, and by what mechanism. */
export function isHandoffComplete(handoff: Handoff): boolean {
  // Loops rather than Object.values: a large map checks this for thousands of handoffs.
  const kinds = handoff.kinds ?? {};
  for (const name in kinds) {
    const kind = kinds[name as keyof typeof kinds];
    if (!kind || (kind.sendingActors?.length ?? 0) === 0 || (kind.receivingActors?.length ?? 0) === 0) continue;
    const modes = kind.modes ?? {};
    for (const mode in modes) if ((modes[mode as keyof typeof modes]?.length ?? 0) > 0) return true;
  }
  return false;
}

const NO_HANDOFFS: readonly string[] = [];

function anyHandoffComplete(map: ProcessMap, handoffIds: readonly string[]): boolean {
  for (const handoffId of handoffIds) if (isHandoffComplete(map.handoffs![handoffId]!)) return true;
  return false;
}

/** Work crossing from one lane to another is where it gets lost: each crossing needs a described handoff. */
export const handoffWithoutDescription = defineRule({
  id: 'handoff-without-description',
  description: 'A flow crosses lanes (a handoff) but no handoff description names its sending and receiving actors and a mechanism.',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    for (const [id, flow] of index.flows) {
      if (!isCrossLaneFlow(map, flow)) continue;
      const handoffIds = index.handoffsByFlow.get(id) ?? NO_HANDOFFS;
      if (handoffIds.length === 0) {
        const from = map.activities[flow.from]?.lane;
        const to = map.activities[flow.to]?.lane;
        report({ message: `flow "${id}" hands work from lane "${from}" to lane "${to}" but no handoff describes it`, path: ['flows', id] });
      } else if (!anyHandoffComplete(map, handoffIds)) {
        report({
          message: `handoff "${handoffIds[0]}" for flow "${id}" must name sending actors, receiving actors and at least one mechanism`,
          path: ['handoffs', handoffIds[0]!],
        });
      }
    }
  },
});
