import type { z } from 'zod';
import { defOf, fieldKind } from './schemaShape';
import { ObjectFields } from './ObjectFields';

interface Props {
  readonly label: string;
  readonly help: string | undefined;
  readonly item: z.ZodType;
  readonly value: readonly unknown[] | undefined;
  readonly onChange: (value: unknown[] | undefined) => void;
}

/** A template for a new list item: required text fields get a placeholder, so the item is valid. */
function newItem(item: z.ZodType): Record<string, unknown> {
  const shape = defOf(item).shape ?? {};
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (defOf(schema).type === 'optional') continue;
    const kind = fieldKind(schema);
    if (kind.kind === 'text') result[key] = `New ${key}`;
    else if (kind.kind === 'lines' || kind.kind === 'list') result[key] = [];
  }
  return result;
}

/** A list of structured items (workflow inputs, handoff parties, objects …), each with its own fields. */
export function ListField({ label, help, item, value, onChange }: Props) {
  const items = value ?? [];
  const kind = fieldKind(item);
  const replace = (index: number, next: unknown) => onChange(items.map((old, i) => (i === index ? next : old)));
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className="field-group">
      <legend>{label}</legend>
      {help ? <p className="field-help">{help}</p> : null}
      {items.map((entry, index) => (
        <div key={index} className="list-item">
          {kind.kind === 'object' ? (
            <ObjectFields shape={kind.shape} value={(entry ?? {}) as Record<string, unknown>} onChange={(next) => replace(index, next)} />
          ) : null}
          <button type="button" className="small" onClick={() => remove(index)} aria-label={`Remove ${label.toLowerCase()} ${index + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="small" onClick={() => onChange([...items, newItem(item)])}>
        Add {label.toLowerCase().replace(/s$/, '')}
      </button>
    </fieldset>
  );
}
