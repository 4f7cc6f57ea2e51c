import { nodeKindOf } from '../model/mapQueries';
import { defineRule } from './rule';

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The workflow description and the diagram must tell the same story: each described input and
 * output is carried by some line, and each line entering or leaving the process is described.
 */
export const descriptionFlowMismatch = defineRule({
  id: 'description-flow-mismatch',
  description: 'A workflow-description input or output that no flow carries, or a flow entering or leaving the process that the description does not list.',
  defaultSeverity: 'warning',
  check({ map, index, report }) {
    const description = map.description;
    if (!description || (!description.inputs && !description.outputs)) return;
    const carried = new Set<string>();
    for (const [, flow] of index.flows) for (const output of flow.outputs ?? []) carried.add(normalizeName(output));
    description.inputs?.forEach((input, index) => {
      if (!carried.has(normalizeName(input.name))) report({ message: `described input "${input.name}" is carried by no flow`, path: ['description', 'inputs', index, 'name'] });
    });
    description.outputs?.forEach((output, index) => {
      if (!carried.has(normalizeName(output.name))) report({ message: `described output "${output.name}" is carried by no flow`, path: ['description', 'outputs', index, 'name'] });
    });
    const inputs = new Set((description.inputs ?? []).map((input) => normalizeName(input.name)));
    const outputs = new Set((description.outputs ?? []).map((output) => normalizeName(output.name)));
    for (const [id, flow] of index.flows) {
      const entering = nodeKindOf(map, flow.from) === 'initiation';
      const leaving = nodeKindOf(map, flow.to) === 'termination';
      for (const label of flow.outputs ?? []) {
        if (entering && description.inputs && !inputs.has(normalizeName(label))) {
          report({ message: `flow "${id}" brings "${label}" into the process, but the description lists no such input`, path: ['flows', id, 'outputs'] });
        }
        if (leaving && description.outputs && !outputs.has(normalizeName(label))) {
          report({ message: `flow "${id}" sends "${label}" out of the process, but the description lists no such output`, path: ['flows', id, 'outputs'] });
        }
      }
    }
  },
});
