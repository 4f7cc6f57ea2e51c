import { defineRule } from './rule';

/** A fork of alternative outputs is a decision: each branch says when it is taken ("If …"). */
export const alternativeOutputsWithoutCondition = defineRule({
  id: 'alternative-outputs-without-condition',
  description: 'A flow in a fork of alternative outputs has no condition saying when it is taken.',
  defaultSeverity: 'error',
  check({ index, report }) {
    const forkSizes = new Map<string, number>();
    for (const [, flow] of index.flows) {
      if (flow.outputFork !== undefined) forkSizes.set(`${flow.from}\u0000${flow.outputFork}`, (forkSizes.get(`${flow.from}\u0000${flow.outputFork}`) ?? 0) + 1);
    }
    for (const [id, flow] of index.flows) {
      if (flow.outputFork === undefined || flow.condition !== undefined) continue;
      const size = forkSizes.get(`${flow.from}\u0000${flow.outputFork}`) ?? 0;
      report({
        message: size > 1
          ? `flow "${id}" is one of ${size} alternative outputs of "${flow.from}" but has no condition`
          : `flow "${id}" is marked as an alternative output of "${flow.from}" but has no condition`,
        path: ['flows', id],
      });
    }
  },
});
