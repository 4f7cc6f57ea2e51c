import { defineRule } from './rule';

/** A plain line label says what is passed on; without it the reader must guess. */
export const flowWithoutLabel = defineRule({
  id: 'flow-without-label',
  description: 'A flow carries no output label saying what is passed on.',
  defaultSeverity: 'warning',
  check({ index, report }) {
    for (const [id, flow] of index.flows) {
      if (!flow.outputs || flow.outputs.length === 0) report({ message: `flow "${id}" (${flow.from} → ${flow.to}) has no output label`, path: ['flows', id] });
    }
  },
});
