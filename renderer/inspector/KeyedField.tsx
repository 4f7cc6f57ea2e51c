import type { z } from 'zod';
import { SchemaField } from './SchemaField';
import { defOf, fieldKind } from './schemaShape';

interface Props {
  readonly label: string;
  readonly help: string | undefined;
  readonly keys: readonly string[];
  readonly schema: z.ZodType;
  readonly value: Readonly<Record<string, unknown>> | undefined;
  readonly onChange: (value: Record<string, unknown> | undefined) => void;
}

/** A record keyed by a fixed set of names (handoff kinds, transmission modes): each key can be added or removed. */
export function KeyedField({ label, help, keys, schema, value, onChange }: Props) {
  const current = value ?? {};
  const set = (key: string, next: unknown) => {
    const copy: Record<string, unknown> = {};
    // Keep the fixed key order of the format.
    for (const name of keys) {
      const entry = name === key ? next : current[name];
      if (entry !== undefined) copy[name] = entry;
    }
    onChange(Object.keys(copy).length ? copy : undefined);
  };
  const empty = () => (fieldKind(schema).kind === 'lines' ? ['New item'] : defOf(schema).type === 'object' ? {} : '');
  return (
    <fieldset className="field-group">
      <legend>{label}</legend>
      {help ? <p className="field-help">{help}</p> : null}
      {keys.map((key) =>
        current[key] === undefined ? (
          <button key={key} type="button" className="small" onClick={() => set(key, empty())}>
            Add {key}
          </button>
        ) : (
          <div key={key} className="list-item">
            <SchemaField name={key} schema={schema} value={current[key]} onChange={(next) => set(key, next)} />
            <button type="button" className="small" onClick={() => set(key, undefined)} aria-label={`Remove ${key}`}>
              Remove {key}
            </button>
          </div>
        ),
      )}
    </fieldset>
  );
}
