/**
 * fast-check generator of valid maps that use every construct the layout draws: lanes, phases,
 * coordination groups, forked inputs and outputs, all start and end symbols, triggers.
 */
import fc from 'fast-check';
import type { ProcessMap } from '../../shared/model/schema';
import { arbitraryText } from './arbitraryMap';

/** Random maps with every construct the layout handles: lanes, phases, groups, forks, start/end nodes, triggers. */
export const arbitraryRichMap: fc.Arbitrary<ProcessMap> = fc
  .record({
    count: fc.integer({ min: 1, max: 12 }),
    lanes: fc.integer({ min: 0, max: 4 }),
    phases: fc.integer({ min: 0, max: 3 }),
    names: fc.array(arbitraryText, { minLength: 12, maxLength: 12 }),
    laneOf: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    phaseOf: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    flows: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        outputs: fc.option(fc.array(arbitraryText, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        condition: fc.option(arbitraryText, { nil: undefined }),
        inputFork: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
        outputFork: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
      }),
      { maxLength: 24 },
    ),
    groups: fc.array(fc.record({ label: fc.option(arbitraryText, { nil: undefined }), members: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }), { maxLength: 3 }),
    starts: fc.array(fc.record({ kind: fc.constantFrom('outside', 'any', 'activity'), text: fc.option(arbitraryText, { nil: undefined }) }), { maxLength: 3 }),
    ends: fc.array(fc.record({ kind: fc.constantFrom('end', 'archive', 'document', 'label', 'activity'), text: fc.option(arbitraryText, { nil: undefined }) }), { maxLength: 3 }),
    triggers: fc.array(fc.tuple(arbitraryText, fc.nat()), { maxLength: 3 }),
  })
  .map((r) => {
    const ids = Array.from({ length: r.count }, (_, i) => `A${i}`);
    const laneIds = Array.from({ length: r.lanes }, (_, i) => `lane${i}`);
    const phaseIds = Array.from({ length: r.phases }, (_, i) => `phase${i}`);
    const activities: ProcessMap['activities'] = {};
    ids.forEach((id, i) => {
      const phase = r.phaseOf[i];
      activities[id] = {
        name: r.names[i]!,
        ...(laneIds.length > 0 ? { lane: laneIds[r.laneOf[i]! % laneIds.length]! } : {}),
        ...(phaseIds.length > 0 && phase !== undefined ? { phase: phaseIds[phase % phaseIds.length]! } : {}),
      };
    });
    const initiations: NonNullable<ProcessMap['initiations']> = {};
    r.starts.forEach((s, i) => {
      const id = `S${i}`;
      if (s.kind === 'outside') initiations[id] = { kind: 'outside', ...(s.text ? { text: s.text } : {}) };
      else if (s.kind === 'any') initiations[id] = { kind: 'any', text: s.text ?? 'From any activity' };
      else initiations[id] = { kind: 'activity', map: 'OTHER', activity: 'X1', ...(s.text ? { text: s.text } : {}) };
    });
    const terminations: NonNullable<ProcessMap['terminations']> = {};
    r.ends.forEach((e, i) => {
      const id = `E${i}`;
      if (e.kind === 'end') terminations[id] = { kind: 'end' };
      else if (e.kind === 'archive' || e.kind === 'document') terminations[id] = { kind: 'icon', icon: e.kind, ...(e.text ? { text: e.text } : {}) };
      else if (e.kind === 'label') terminations[id] = { kind: 'label', text: e.text ?? 'To stakeholders' };
      else terminations[id] = { kind: 'activity', map: 'OTHER', activity: 'Y1', ...(e.text ? { text: e.text } : {}) };
    });
    // Flows may also start or end at a dashed box (a group id), as in the report's Figure 18.
    const groupIds = r.groups.map((_, i) => `g${i}`);
    const sources = [...ids, ...Object.keys(initiations), ...groupIds];
    const targets = [...ids, ...Object.keys(terminations), ...groupIds];
    const flows: NonNullable<ProcessMap['flows']> = {};
    r.flows.forEach((f, i) => {
      flows[`f${i}`] = {
        from: sources[f.from % sources.length]!,
        to: targets[f.to % targets.length]!,
        ...(f.outputs ? { outputs: f.outputs } : {}),
        ...(f.condition ? { condition: f.condition } : {}),
        ...(f.inputFork ? { inputFork: f.inputFork } : {}),
        ...(f.outputFork ? { outputFork: f.outputFork } : {}),
      };
    });
    const groups: NonNullable<ProcessMap['groups']> = {};
    r.groups.forEach((g, i) => {
      groups[`g${i}`] = { ...(g.label ? { label: g.label } : {}), members: [...new Set(g.members.map((m) => ids[m % ids.length]!))] };
    });
    const triggers: NonNullable<ProcessMap['triggers']> = {};
    r.triggers.forEach(([text, start], i) => (triggers[String(i + 1)] = { text, starts: [ids[start % ids.length]!] }));
    return {
      format: 'swimlane/1',
      id: 'random-rich',
      title: r.names[0]!,
      kind: 'as-is',
      ...(laneIds.length > 0 ? { actors: Object.fromEntries(laneIds.map((id, i) => [id, { name: r.names[(i + 3) % 12]!, kind: 'team' as const }])) } : {}),
      ...(laneIds.length > 0 ? { lanes: Object.fromEntries(laneIds.map((id) => [id, { actor: id }])) } : {}),
      ...(phaseIds.length > 0 ? { phases: Object.fromEntries(phaseIds.map((id, i) => [id, { name: r.names[(i + 5) % 12]! }])) } : {}),
      activities,
      groups,
      initiations,
      terminations,
      flows,
      triggers,
    } satisfies ProcessMap;
  });

