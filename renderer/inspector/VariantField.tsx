import type { z } from 'zod';
import { ChoiceField } from './ChoiceField';
import { ObjectFields } from './ObjectFields';
import { defOf } from './schemaShape';

interface Props {
  readonly label: string;
  readonly discriminator: string;
  readonly options: readonly z.ZodType[];
  readonly value: Readonly<Record<string, unknown>>;
  readonly onChange: (value: Record<string, unknown>) => void;
}

function tagOf(option: z.ZodType, discriminator: string): string {
  const tag = defOf(option).shape?.[discriminator];
  return tag ? String(defOf(tag).values?.[0]) : '';
}

/** An element whose fields depend on its kind (initiations, terminations): the kind, then that kind's fields. */
export function VariantField({ label, discriminator, options, value, onChange }: Props) {
  const current = String(value[discriminator] ?? '');
  const option = options.find((candidate) => tagOf(candidate, discriminator) === current);
  const switchTo = (tag: string | undefined) => {
    const target = options.find((candidate) => tagOf(candidate, discriminator) === tag);
    if (!target || !tag) return;
    // Keep the fields the new kind also has; a required text the old kind lacked gets a placeholder.
    const shape = defOf(target).shape ?? {};
    const next: Record<string, unknown> = { [discriminator]: tag };
    for (const [key, schema] of Object.entries(shape)) {
      if (key === discriminator) continue;
      if (value[key] !== undefined) next[key] = value[key];
      else if (defOf(schema).type !== 'optional') next[key] = key === 'icon' ? 'archive' : `New ${key}`;
    }
    onChange(next);
  };
  return (
    <fieldset className="field-group">
      <legend>{label}</legend>
      <ChoiceField label="Kind" help={undefined} options={options.map((candidate) => tagOf(candidate, discriminator))} value={current} isOptional={false} onChange={switchTo} />
      {option ? <ObjectFields shape={defOf(option).shape ?? {}} value={value} onChange={onChange} skip={[discriminator]} /> : null}
    </fieldset>
  );
}
