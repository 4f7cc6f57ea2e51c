/**
 * Maps of the shape of the reference layout cases (../shared/reference/layout-cases/README.md):
 * about √n/2 lanes of team actors; every activity after the first follows one of the few before
 * it (75 % in the same lane, else a neighbouring or a random lane), plus about 0.3·n extra forward
 * flows, n/100 loop-backs and n/30 conditional branches; every flow carries an output or a
 * condition. Deterministic for a seed; other seeds check that a gain is not tuned to one map.
 */
import type { ProcessMap } from '../../shared/model/schema';
import { seededRandom } from '../support/syntheticMap';

const VERBS = ['Receive', 'Triage', 'Analyze', 'Categorize', 'Notify', 'Review', 'Escalate', 'Close'];
const OUTPUTS = ['Event log', 'Management approval', 'Triage memo', 'Status update', 'Vulnerability report', 'Draft advisory', 'Closure notice'];

export function peersMap(activityCount: number, seed: number): ProcessMap {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const laneCount = Math.max(2, Math.round(Math.sqrt(activityCount) / 2));
  const actors: NonNullable<ProcessMap['actors']> = {};
  const lanes: NonNullable<ProcessMap['lanes']> = {};
  for (let l = 1; l <= laneCount; l++) {
    actors[`team${l}`] = { name: `Team ${l}`, kind: 'team' };
    lanes[`lane${l}`] = { actor: `team${l}` };
  }
  const laneOf: number[] = [1];
  const activities: ProcessMap['activities'] = { a1: { name: `${pick(VERBS)} report 1`, lane: 'lane1' } };
  const flows: NonNullable<ProcessMap['flows']> = {};
  let f = 0;
  const flow = (from: number, to: number, condition?: string): void => {
    flows[`f${++f}`] = condition ? { from: `a${from}`, to: `a${to}`, condition } : { from: `a${from}`, to: `a${to}`, outputs: [pick(OUTPUTS)] };
  };
  for (let i = 2; i <= activityCount; i++) {
    const from = Math.max(1, i - 1 - Math.floor(random() * 4));
    const roll = random();
    const own = laneOf[from - 1]!;
    const lane = roll < 0.75 ? own : roll < 0.9 ? Math.min(laneCount, Math.max(1, own + (random() < 0.5 ? -1 : 1))) : 1 + Math.floor(random() * laneCount);
    laneOf.push(lane);
    activities[`a${i}`] = { name: `${pick(VERBS)} item ${i}`, lane: `lane${lane}` };
    flow(from, i);
  }
  for (let k = 0; k < Math.round(activityCount * 0.3); k++) {
    const a = 1 + Math.floor(random() * (activityCount - 1));
    flow(a, Math.min(activityCount, a + 1 + Math.floor(random() * 8)));
  }
  for (let k = 0; k < Math.round(activityCount / 100); k++) {
    const a = 10 + Math.floor(random() * (activityCount - 10));
    flow(a, a - 2 - Math.floor(random() * 8), 'If rework is needed');
  }
  for (let k = 0; k < Math.round(activityCount / 30); k++) {
    const a = 1 + Math.floor(random() * (activityCount - 3));
    flow(a, a + 2, 'If approved');
    flow(a, a + 3, 'If not approved');
  }
  return { format: 'swimlane/1', id: `peers-n${activityCount}-s${seed}`, title: `Generated process, ${activityCount} activities`, kind: 'to-be', actors, lanes, activities, flows };
}
