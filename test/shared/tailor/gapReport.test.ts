import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProcessMap } from '../../../shared/model/schema';
import { loadWorkspace } from '../../../shared/node/loadWorkspace';
import type { LoadedWorkspace } from '../../../shared/node/loadWorkspace';
import { gapReport } from '../../../shared/tailor/gapReport';
import type { GapItem } from '../../../shared/tailor/gapReport';
import { referenceMapOf } from '../../../shared/workspace/workspace';

const ACME = fileURLToPath(new URL('../../../model-library/examples/acme/', import.meta.url));

let loaded: LoadedWorkspace;
beforeAll(async () => {
  loaded = await loadWorkspace([ACME]);
});

function mapOf(id: string): ProcessMap {
  return loaded.workspace.mapsById.get(id)!.value!;
}

function gapOf(id: string, map: ProcessMap = mapOf(id)): GapItem[] {
  const reference = referenceMapOf(loaded.workspace, loaded.workspace.mapsById.get(id)!)!.value!;
  return [...gapReport(map, reference, loaded.workspace).items];
}

const summary = (items: readonly GapItem[], kind: GapItem['kind']): string[] => items.filter((item) => item.kind === kind).map((item) => `${item.path.slice(0, 2).join('.')}:${item.severity}`);

describe('gapReport on the example organisation', () => {
  it('finds the weak help desk → SOC handoff in the as-is Detect map', () => {
    // given Acme's as-is D, where the help desk phones the SOC with no written procedure
    // when it is compared with D
    const items = gapOf('acme-D-as-is');
    // then the cross-unit handoff, the deliberate removal, the additions and uncovered roles are listed
    expect(summary(items, 'handoff-without-procedure')).toEqual(['handoffs.D-to-T:warning']);
    expect(items.find((item) => item.kind === 'handoff-without-procedure')!.message).toContain('crosses organisation units (it-ops → infosec)');
    expect(summary(items, 'missing')).toEqual(['initiations.from-PI1:info', 'flows.from-PI1-D2:info']);
    expect(items.find((item) => item.elementId === 'from-PI1-D2')!.deviation).toMatch(/no infrastructure evaluation/);
    expect(summary(items, 'added')).toEqual(['handoffs.report-to-help-desk:info', 'handoffs.siem-alerts:info']);
    expect(summary(items, 'changed')).toEqual([]);
    expect(summary(items, 'activity-without-actor')).toEqual([]);
    const roles = items.filter((item) => item.kind === 'uncovered-key-role').map((item) => item.message);
    expect(roles).toContain('key role "coordination center" (D1, D2, D3, D4) is covered by no lane');
    expect(roles.some((message) => message.includes('"help desk staff"'))).toBe(false);
  });

  it('no longer finds it in the to-be map, where a ticket and a written procedure replace the phone call', () => {
    // given Acme's to-be D / when compared with D
    const asIs = gapOf('acme-D-as-is');
    const toBe = gapOf('acme-D-to-be');
    // then the only difference between the two reports is the resolved handoff
    expect(summary(toBe, 'handoff-without-procedure')).toEqual([]);
    const withoutHandoffWarning = asIs.filter((item) => item.kind !== 'handoff-without-procedure').map((item) => item.message);
    expect(toBe.map((item) => item.message)).toEqual(withoutHandoffWarning);
  });

  it('reports removed handoff kinds and an added handoff in the triage map', () => {
    // given Acme's as-is T / when compared with T
    const items = gapOf('acme-T-as-is');
    // then the technology kinds Acme does not use are changes, T2-to-T3 an addition
    expect(items.filter((item) => item.kind === 'changed').map((item) => `${item.change}:${item.path.join('.')}`)).toEqual([
      'handoff.kind-removed:handoffs.T-to-R.kinds.person-to-technology',
      'handoff.kind-removed:handoffs.T-to-R.kinds.technology-to-person',
      'handoff.kind-removed:handoffs.T-to-R.kinds.technology-to-technology',
    ]);
    expect(summary(items, 'added')).toEqual(['handoffs.T2-to-T3:info']);
    expect(summary(items, 'missing')).toEqual([]);
  });
});

describe('gapReport on edited maps', () => {
  it('follows ref links: a renamed, re-identified activity and a rewired flow are changes, not gaps', () => {
    // given D2 renamed and re-keyed as "intake" (ref D2), and D3-D4 rewired to start at the intake
    const base = structuredClone(mapOf('acme-D-as-is')) as ProcessMap;
    const { D2, ...others } = base.activities;
    base.activities = { ...others, intake: { ...D2!, name: 'Take In Reports' } };
    for (const flow of Object.values(base.flows!)) {
      if (flow.from === 'D2') flow.from = 'intake';
      if (flow.to === 'D2') flow.to = 'intake';
    }
    base.flows!['D3-D4']!.from = 'intake';
    for (const handoff of Object.values(base.handoffs!)) for (const party of [...handoff.sending, ...handoff.receiving]) if (party.activity === 'D2') party.activity = 'intake';
    // when compared with D
    const items = gapOf('acme-D-as-is', base);
    // then exactly the rename and the rewiring show, on the tailored ids
    expect(items.filter((item) => item.kind === 'changed').map((item) => `${item.change}:${item.path.join('.')}`)).toEqual([
      'activity.renamed:activities.intake.name',
      'flow.rewired:flows.D3-D4.from',
    ]);
    expect(items.find((item) => item.change === 'activity.renamed')).toMatchObject({
      elementId: 'intake',
      referenceId: 'D2',
      message: 'activity intake (reference D2) renamed "Receive Information" → "Take In Reports"',
    });
    expect(summary(items, 'missing').filter((entry) => entry.startsWith('activities'))).toEqual([]);
  });

  it('flags an activity nobody performs and a missing flow without a recorded reason', () => {
    // given D3 without a lane and the D3-D4 flow (and its handoff) removed without a deviation
    const base = structuredClone(mapOf('acme-D-as-is')) as ProcessMap;
    delete base.activities.D3!.lane;
    delete base.flows!['D3-D4'];
    delete base.handoffs!['siem-alerts'];
    // when compared with D
    const items = gapOf('acme-D-as-is', base);
    // then both are listed with their severity
    expect(summary(items, 'activity-without-actor')).toEqual(['activities.D3:error']);
    expect(summary(items, 'missing')).toContain('flows.D3-D4:warning');
  });
});
