import { nodeKindOf } from '../model/mapQueries';
import { defineRule } from './rule';

/** Every id a map uses for one of its own elements must name an element of the right kind. */
export const unresolvedReference = defineRule({
  id: 'unresolved-reference',
  description: 'An id that should name an element of this map (flow ends, lanes, phases, handoff flows, pinned positions) names none.',
  defaultSeverity: 'error',
  check({ map, index, report }) {
    for (const [id, flow] of index.flows) {
      const fromKind = nodeKindOf(map, flow.from);
      if (!fromKind) report({ message: `flow "${id}" starts at "${flow.from}", which is no activity, group or initiation of this map`, path: ['flows', id, 'from'] });
      else if (fromKind === 'termination') report({ message: `flow "${id}" starts at termination "${flow.from}": lines only end at terminations`, path: ['flows', id, 'from'] });
      const toKind = nodeKindOf(map, flow.to);
      if (!toKind) report({ message: `flow "${id}" ends at "${flow.to}", which is no activity, group or termination of this map`, path: ['flows', id, 'to'] });
      else if (toKind === 'initiation') report({ message: `flow "${id}" ends at initiation "${flow.to}": lines only start at initiations`, path: ['flows', id, 'to'] });
    }
    for (const [id, activity] of index.activities) {
      if (activity.lane !== undefined && !map.lanes?.[activity.lane]) report({ message: `activity "${id}" is in lane "${activity.lane}", which this map does not define`, path: ['activities', id, 'lane'] });
      if (activity.phase !== undefined && !map.phases?.[activity.phase]) report({ message: `activity "${id}" is in phase "${activity.phase}", which this map does not define`, path: ['activities', id, 'phase'] });
    }
    const flows = map.flows ?? {};
    for (const [id, handoff] of index.handoffs) {
      const flowIds = handoff.flows ?? [];
      for (let position = 0; position < flowIds.length; position++) {
        const flowId = flowIds[position]!;
        if (!Object.hasOwn(flows, flowId)) report({ message: `handoff "${id}" describes flow "${flowId}", which this map does not define`, path: ['handoffs', id, 'flows', position] });
      }
    }
    for (const section of ['pinned', 'hints'] as const) {
      for (const id of Object.keys(map.layout?.[section] ?? {})) {
        const known = nodeKindOf(map, id) || map.lanes?.[id] || map.groups?.[id] || map.phases?.[id];
        if (!known) report({ message: `layout ${section} entry "${id}" names no element of this map`, path: ['layout', section, id], elementId: id });
      }
    }
  },
});
