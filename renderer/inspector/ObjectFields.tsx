import type { z } from 'zod';
import { SchemaField } from './SchemaField';

interface Props {
  readonly shape: Readonly<Record<string, z.ZodType>>;
  readonly value: Readonly<Record<string, unknown>>;
  readonly onChange: (value: Record<string, unknown>) => void;
  /** Keys not to show (edited elsewhere, e.g. the discriminator of a variant). */
  readonly skip?: readonly string[];
  readonly choices?: Readonly<Record<string, readonly { value: string; label: string }[]>>;
}

/** Every field of an object schema, in schema order. */
export function ObjectFields({ shape, value, onChange, skip, choices }: Props) {
  const set = (key: string, next: unknown) => {
    const copy: Record<string, unknown> = { ...value };
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    onChange(copy);
  };
  return (
    <>
      {Object.entries(shape)
        .filter(([key]) => !skip?.includes(key))
        .map(([key, schema]) => (
          <SchemaField key={key} name={key} schema={schema} value={value[key]} onChange={(next) => set(key, next)} {...(choices ? { choices } : {})} />
        ))}
    </>
  );
}
