import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { acknowledgeGap } from '../../../shared/fixes/acknowledgeGap';
import { FixError } from '../../../shared/fixes/quickFix';
import { loadWorkspace, type LoadedWorkspace } from '../../../shared/node/loadWorkspace';
import { gapKeyOf } from '../../../shared/tailor/gapAcknowledgements';
import { gapReport } from '../../../shared/tailor/gapReport';
import { referenceMapOf } from '../../../shared/workspace/workspace';
import { parseMap } from '../../../shared/yaml/parseMap';
import { updateMapText } from '../../../shared/yaml/updateMapText';

const ACME = fileURLToPath(new URL('../../../model-library/examples/acme/', import.meta.url));

let loaded: LoadedWorkspace;
beforeAll(async () => {
  loaded = await loadWorkspace([ACME]);
});

function report(map = loaded.workspace.mapsById.get('acme-D-as-is')!.value!) {
  const parsed = loaded.workspace.mapsById.get('acme-D-as-is')!;
  return gapReport(map, referenceMapOf(loaded.workspace, parsed)!.value!, loaded.workspace).items;
}

describe('acknowledging gap-report infos', () => {
  it('keeps an acknowledged key role quiet, and the acknowledgement survives saving', () => {
    // given the as-is Detect map's report, which says no lane covers the coordination center
    const parsed = loaded.workspace.mapsById.get('acme-D-as-is')!;
    const item = report().find((candidate) => candidate.message.startsWith('key role "coordination center"'))!;
    // when it is acknowledged with a reason and the map is saved
    const next = applyEdit(parsed.value!, acknowledgeGap(parsed.value!, item, 'Acme has no coordination center; the CISO coordinates.'));
    const saved = parseMap(updateMapText(parsed.text, next), parsed.file);
    // then the saved map records it, and its report no longer lists it (but keeps the other roles)
    expect(saved.issues).toEqual([]);
    expect(saved.value!.acknowledgedGaps).toEqual({ 'uncovered-key-role: coordination center': 'Acme has no coordination center; the CISO coordinates.' });
    const after = report(saved.value!);
    expect(after.some((candidate) => candidate.message.startsWith('key role "coordination center"'))).toBe(false);
    expect(after.length).toBe(report().length - 1);
  });

  it('acknowledges infos only, each under a key naming its kind and subject', () => {
    // given the report's warning and an added element
    const items = report();
    const warning = items.find((candidate) => candidate.severity === 'warning')!;
    const added = items.find((candidate) => candidate.kind === 'added')!;
    const map = loaded.workspace.mapsById.get('acme-D-as-is')!.value!;
    // when / then a warning cannot be acknowledged, an added element can, under its id
    expect(() => acknowledgeGap(map, warning, 'on purpose')).toThrow(FixError);
    expect(gapKeyOf(added)).toBe(`added: ${added.elementId}`);
    expect(() => acknowledgeGap(map, added, 'ok')).toThrow(FixError);
  });
});
