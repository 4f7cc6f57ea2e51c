/** fast-check generators of valid maps, for property tests of YAML I/O, rules, layout and diff. */
import fc from 'fast-check';
import type { ProcessMap } from '../../shared/model/schema';

/** Ids like the report's (D2, R1.4) and authors' (help-desk). */
export const arbitraryId = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/);

/** Text that exercises YAML quoting: indicators, quotes, numbers-as-strings, unicode, newlines. */
export const arbitraryText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim().length > 0),
  fc.constantFrom('true', 'null', '123', '~', 'yes', '- item', 'a: b', '#hash', "it's", '"quoted"', 'multi\nline', '</text><script>alert(1)</script>', 'Ünïcødé ✓', '  padded  ', '[x]', '{y}', '*alias', '&anchor', '!tag', '|', '>'),
);

export const arbitraryMap: fc.Arbitrary<ProcessMap> = fc
  .record({
    ids: fc.uniqueArray(arbitraryId, { minLength: 1, maxLength: 8 }),
    laneIds: fc.uniqueArray(arbitraryId, { minLength: 0, maxLength: 3 }),
    title: arbitraryText,
    kind: fc.constantFrom('reference' as const, 'as-is' as const, 'to-be' as const),
    names: fc.array(arbitraryText, { minLength: 8, maxLength: 8 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(arbitraryText, { nil: undefined }), fc.option(arbitraryText, { nil: undefined })), { maxLength: 10 }),
    people: fc.array(arbitraryText, { maxLength: 3 }),
    notes: fc.array(fc.oneof(arbitraryText, fc.record({ text: arbitraryText, source: fc.constant('Table 12') })), { maxLength: 2 }),
    pinned: fc.boolean(),
  })
  .map(({ ids, laneIds, title, kind, names, edges, people, notes, pinned }) => {
    const activities: ProcessMap['activities'] = {};
    ids.forEach((id, index) => {
      activities[id] = {
        name: names[index % names.length]!,
        ...(laneIds.length > 0 ? { lane: laneIds[index % laneIds.length]! } : {}),
        ...(people.length > 0 && index === 0 ? { keyPeople: people } : {}),
      };
    });
    const flows: NonNullable<ProcessMap['flows']> = {};
    edges.forEach(([from, to, label, condition], index) => {
      flows[`f${index}`] = {
        from: ids[from % ids.length]!,
        to: ids[to % ids.length]!,
        ...(label !== undefined ? { outputs: [label] } : {}),
        ...(condition !== undefined ? { condition } : {}),
      };
    });
    const map: ProcessMap = {
      format: 'swimlane/1',
      id: 'random',
      title,
      kind,
      ...(notes.length > 0 ? { notes } : {}),
      ...(laneIds.length > 0 ? { actors: Object.fromEntries(laneIds.map((id) => [id, { name: id, kind: 'team' as const }])) } : {}),
      ...(laneIds.length > 0 ? { lanes: Object.fromEntries(laneIds.map((id) => [id, { actor: id }])) } : {}),
      activities,
      ...(edges.length > 0 ? { flows } : {}),
      ...(pinned ? { layout: { pinned: { [ids[0]!]: { x: 10.5, y: -3 } } } } : {}),
    };
    return map;
  });
