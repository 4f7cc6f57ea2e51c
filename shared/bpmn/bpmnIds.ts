/**
 * Id conversions between the map format and BPMN. BPMN ids are XML NCNames (no leading digit,
 * no ":"); map ids are ElementIds (no leading "_"). Both directions are pure and deterministic.
 */

/** The XML attribute namespace of the map-only facts that BPMN has no place for. */
export const SWIMLANE_NS = 'https://swimlane-studio.invalid/bpmn/1';
export const SWIMLANE_PREFIX = 'swl';

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ELEMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A BPMN id for a map id: the id itself when it is an NCName, otherwise prefixed with "id_". */
export function toBpmnId(id: string): string {
  return NCNAME.test(id) ? id : `id_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** Whether `id` can be used as a map element id unchanged. */
export function isElementId(id: string): boolean {
  return ELEMENT_ID.test(id) && id.length <= 120;
}

/** A map id for a BPMN id: unchanged when valid, otherwise stripped of what ElementId refuses. */
export function toElementId(id: string): string {
  if (isElementId(id)) return id;
  const cleaned = id.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 120);
  return cleaned.length > 0 ? cleaned : 'element';
}

/** Hands out ids unique within one document, suffixing "-2", "-3" on collisions. */
export function uniqueIds(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}
