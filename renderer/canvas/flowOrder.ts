/**
 * The order in which keyboard users move through a map's nodes: following the flows from where
 * work starts (initiations, triggered activities, activities nothing flows into), breadth first,
 * ties in file order; nodes no flow reaches come last in file order.
 */
import type { ProcessMap } from '../../shared/model/schema';

export function flowOrder(map: ProcessMap): string[] {
  const nodes = [...Object.keys(map.initiations ?? {}), ...Object.keys(map.activities), ...Object.keys(map.terminations ?? {})];
  const next = new Map<string, string[]>();
  const hasIncoming = new Set<string>();
  for (const flow of Object.values(map.flows ?? {})) {
    const list = next.get(flow.from);
    if (list) list.push(flow.to);
    else next.set(flow.from, [flow.to]);
    hasIncoming.add(flow.to);
  }
  const triggered = new Set(Object.values(map.triggers ?? {}).flatMap((trigger) => trigger.starts));
  const starts = nodes.filter((id) => map.initiations?.[id] !== undefined || triggered.has(id) || (map.activities[id] && !hasIncoming.has(id)));
  const known = new Set(nodes);
  const seen = new Set<string>();
  const order: string[] = [];
  // Never emptied: `head` moves instead (shift() is linear, which made a 2,000-node map quadratic).
  const queue: string[] = [];
  let head = 0;
  const visit = (id: string) => {
    if (seen.has(id) || !known.has(id)) return;
    seen.add(id);
    queue.push(id);
  };
  for (const start of [...starts, ...nodes]) {
    visit(start);
    while (head < queue.length) {
      const id = queue[head++]!;
      order.push(id);
      for (const target of next.get(id) ?? []) visit(target);
    }
  }
  return order;
}
