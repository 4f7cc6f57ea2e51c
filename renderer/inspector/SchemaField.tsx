import type { z } from 'zod';
import { ChoiceField } from './ChoiceField';
import { KeyedField } from './KeyedField';
import { LinesField } from './LinesField';
import { ListField } from './ListField';
import { NotesField } from './NotesField';
import { ObjectFields } from './ObjectFields';
import { PairsField } from './PairsField';
import { fieldKind, labelOf, LONG_TEXT_FIELDS, unwrap } from './schemaShape';
import { TextField } from './TextField';
import { VariantField } from './VariantField';

export interface SchemaFieldProps {
  /** The key of this field in its parent object. */
  readonly name: string;
  readonly schema: z.ZodType;
  readonly value: unknown;
  /** `undefined` removes the field. */
  readonly onChange: (value: unknown) => void;
  /** Choices for id-valued fields (lane, phase, actor …) keyed by field name. */
  readonly choices?: Readonly<Record<string, readonly { value: string; label: string }[]>>;
}

/** The editor for one field of the format, chosen from its zod schema. */
export function SchemaField({ name, schema, value, onChange, choices }: SchemaFieldProps) {
  const { base, isOptional, description } = unwrap(schema);
  const label = labelOf(name);
  const kind = fieldKind(base);
  const choice = choices?.[name];
  if (choice && kind.kind === 'text') {
    return <ChoiceField label={label} help={description} options={choice} value={value as string | undefined} isOptional={isOptional} onChange={onChange} />;
  }
  switch (kind.kind) {
    case 'text':
    case 'number':
      return (
        <TextField
          label={label}
          help={description}
          schema={base}
          value={value as string | number | undefined}
          isOptional={isOptional}
          isMultiline={LONG_TEXT_FIELDS.has(name)}
          isNumber={kind.kind === 'number'}
          onChange={onChange}
        />
      );
    case 'choice':
      return <ChoiceField label={label} help={description} options={kind.options} value={value as string | undefined} isOptional={isOptional} onChange={onChange} />;
    case 'constant':
      return (
        <div className="field">
          <span className="field-label">{label}</span>
          <span className="field-constant">{kind.value}</span>
        </div>
      );
    case 'lines':
      return <LinesField label={label} help={description} schema={base} value={value as string[] | undefined} isOptional={isOptional} onChange={onChange} />;
    case 'notes':
      return <NotesField value={value as never} onChange={onChange} />;
    case 'list':
      return <ListField label={label} help={description} item={kind.item} value={value as unknown[] | undefined} onChange={onChange} />;
    case 'object':
      return (
        <fieldset className="field-group">
          <legend>{label}</legend>
          {description ? <p className="field-help">{description}</p> : null}
          <ObjectFields shape={kind.shape} value={(value ?? {}) as Record<string, unknown>} onChange={(next) => onChange(isOptional && Object.keys(next).length === 0 ? undefined : next)} />
        </fieldset>
      );
    case 'keyed':
      return <KeyedField label={label} help={description} keys={kind.keys} schema={kind.value} value={value as Record<string, unknown> | undefined} onChange={onChange} />;
    case 'pairs':
      return <PairsField label={label} help={description} value={value as Record<string, string> | undefined} onChange={onChange} />;
    case 'variant':
      return <VariantField label={label} discriminator={kind.discriminator} options={kind.options} value={value as Record<string, unknown>} onChange={onChange} />;
    case 'unsupported':
      return null;
  }
}
