import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { Actor, ProcessMap, type ProcessMap as MapData } from '../../shared/model/schema';
import { ELEMENT_SCHEMAS, elementOf } from '../../shared/model/elementSchemas';
import { fieldEdit } from '../../shared/edits/fieldEdit';
import { ELEMENT_KINDS, OWN_ID_COLLECTIONS } from '../../shared/model/elementKinds';
import { ObjectFields } from './ObjectFields';
import { SchemaField } from './SchemaField';
import { defOf } from './schemaShape';
import { EditableFields } from './EditableFields';
import { type ElementKind, type ElementRef } from '../session/editorStore';
import { ElementActions } from './ElementActions';
import { useEditor, useSession } from '../session/SessionContext';

type Choices = Readonly<Record<string, readonly { value: string; label: string }[]>>;

/** The choices of an element kind's reference fields, as names people read (ids in brackets). */
const options = (record: Readonly<Record<string, unknown>> | undefined, label: (id: string) => string = (id) => id) =>
  Object.keys(record ?? {}).map((id) => ({ value: id, label: label(id) }));
const laneName = (map: MapData, id: string) => {
  const lane = map.lanes?.[id];
  return lane ? `${lane.label ?? map.actors?.[lane.actor]?.name ?? id} (${id})` : id;
};

const CHOICES: Partial<Readonly<Record<Exclude<ElementKind, 'map'>, (map: MapData) => Choices>>> = {
  activity: (map) => ({
    lane: options(map.lanes, (id) => laneName(map, id)),
    phase: options(map.phases, (id) => `${map.phases?.[id]?.name ?? id} (${id})`),
  }),
  lane: (map) => ({ actor: options(map.actors, (id) => `${map.actors?.[id]?.name ?? id} (${id})`) }),
  flow: (map) => ({
    from: [...options(map.activities), ...options(map.initiations)],
    to: [...options(map.activities), ...options(map.terminations)],
  }),
};

/** The inspector's title of an element kind, from the element-kind catalogue. */
const displayNameOf = (noun: string): string => ELEMENT_KINDS.find((kind) => kind.noun === noun)?.displayName ?? noun;

// The map's own fields: everything but its element collections (deviations are edited as a map field) and the layout.
const NOT_MAP_FIELDS: readonly string[] = [...OWN_ID_COLLECTIONS, 'layout'];
const MAP_FIELDS = Object.fromEntries(Object.entries(ProcessMap.shape).filter(([key]) => !NOT_MAP_FIELDS.includes(key))) as Record<string, z.ZodType>;

/** Every field of the selected element, edited in place; with nothing selected, the map's own fields. */
export function Inspector() {
  const { edit, endTyping, revealElement } = useSession();
  const map = useEditor((state) => state.doc?.history.present ?? null);
  const selection = useEditor((state) => state.selection);
  const focusField = useEditor((state) => state.focusField);
  const body = useRef<HTMLDivElement>(null);
  const ref: ElementRef | undefined = selection.length === 1 ? selection[0] : undefined;

  useEffect(() => {
    if (!focusField || !body.current) return;
    const first = body.current.querySelector<HTMLElement>('input, textarea, select');
    first?.focus();
    if (focusField.selectText && (first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement)) first.select();
    first?.scrollIntoView({ block: 'nearest' });
  }, [focusField]);

  if (!map) return null;
  if (selection.length > 1) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <h2>{selection.length} elements selected</h2>
        <ReadOnlyNote />
        <ElementActions selection={selection} />
      </aside>
    );
  }
  if (!ref || ref.kind === 'map') return <MapInspector map={map} bodyRef={body} />;
  const kind = ref.kind;
  const title = displayNameOf(kind);
  const element = elementOf(map, kind, ref.id);
  if (!element) return <MapInspector map={map} bodyRef={body} />;
  const choices = CHOICES[kind]?.(map);
  const shape = defOf(ELEMENT_SCHEMAS[kind]).shape;
  const onField = (key: string, value: unknown) => edit(fieldEdit(kind, ref.id, key, value), { typing: `${kind}:${ref.id}:${key}` });
  // Escape returns keyboard focus to the element on the canvas.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    endTyping();
    if (ref.kind === 'lane') document.querySelector<SVGElement>(`.lane-header[data-lane-id="${CSS.escape(ref.id)}"]`)?.focus();
    else revealElement(ref.id);
  };
  return (
    <aside className="inspector" aria-label={`Inspector: ${title.toLowerCase()} ${ref.id}`} onKeyDown={onKeyDown}>
      <h2>
        {title} <code>{ref.id}</code>
      </h2>
      <ReadOnlyNote />
      <ElementActions selection={selection} />
      <EditableFields>
        <div className="inspector-body" ref={body} key={`${ref.kind}:${ref.id}`}>
          {ref.kind === 'lane' && map.lanes?.[ref.id] ? <LaneActorFields map={map} laneId={ref.id} /> : null}
          {shape ? (
            <ObjectFields shape={shape} value={element} onChange={(next) => commitChangedKeys(element, next, onField)} {...(choices ? { choices } : {})} />
          ) : (
            <SchemaField name="kind" schema={ELEMENT_SCHEMAS[kind]} value={element} onChange={(next) => onField('', next)} />
          )}
        </div>
      </EditableFields>
    </aside>
  );
}

/** Calls `onField` for the one top-level key whose value differs between `before` and `after`. */
function commitChangedKeys(before: Record<string, unknown>, after: Record<string, unknown>, onField: (key: string, value: unknown) => void): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] !== after[key]) onField(key, after[key]);
  }
}

/** The lane's actor, editable where the lane is: renaming "the lane" usually means renaming who does the work. */
function LaneActorFields({ map, laneId }: { map: MapData; laneId: string }) {
  const { edit } = useSession();
  const actorId = map.lanes?.[laneId]?.actor ?? '';
  const actor = map.actors?.[actorId];
  if (!actor) return null;
  return (
    <fieldset className="field-group">
      <legend>
        Actor <code>{actorId}</code>
      </legend>
      <ObjectFields
        shape={Actor.shape}
        value={actor}
        onChange={(next) =>
          commitChangedKeys(actor, next, (key, value) =>
            edit(fieldEdit('actor', actorId, key, value), { typing: `actor:${actorId}:${key}` }),
          )
        }
      />
    </fieldset>
  );
}

/** Why the fields cannot be changed, and how to get a copy that can. */
function ReadOnlyNote() {
  const isReadOnly = useEditor((state) => state.doc?.isReadOnly ?? false);
  const reason = useEditor((state) => state.doc?.readOnlyReason);
  if (!isReadOnly) return null;
  return <p className="field-help read-only-note">{reason ?? 'This map is open read-only.'} Save As… makes a copy you can edit.</p>;
}

function MapInspector({ map, bodyRef }: { map: MapData; bodyRef: React.RefObject<HTMLDivElement | null> }) {
  const { edit } = useSession();
  const onField = (key: string, value: unknown) => {
    if (key === 'description') {
      const before = (map.description ?? {}) as Record<string, unknown>;
      const after = (value ?? {}) as Record<string, unknown>;
      const changes = Object.fromEntries(
        [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).map((k) => [k, after[k] ?? null]),
      );
      edit({ type: 'description.update', changes }, { typing: `map:description:${Object.keys(changes).join(',')}` });
      return;
    }
    edit(fieldEdit('map', map.id, key, value), { typing: `map:${key}` });
  };
  return (
    <aside className="inspector" aria-label="Inspector: map">
      <h2>
        Map <code>{map.id}</code>
      </h2>
      <p className="field-help">Select an element on the canvas to edit it; here are the map's own fields.</p>
      <ReadOnlyNote />
      <EditableFields>
        <div className="inspector-body" ref={bodyRef}>
          <ObjectFields shape={MAP_FIELDS} value={map as unknown as Record<string, unknown>} onChange={(next) => commitChangedKeys(map as never, next, onField)} />
        </div>
      </EditableFields>
    </aside>
  );
}
