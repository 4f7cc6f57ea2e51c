import { useId, useState } from 'react';

/** Above this many choices the list is built only once the field is used (it may hold every activity of a big map). */
const LAZY_LIMIT = 50;

interface Props {
  readonly label: string;
  readonly help: string | undefined;
  readonly options: readonly (string | { readonly value: string; readonly label: string })[];
  readonly value: string | undefined;
  readonly isOptional: boolean;
  readonly onChange: (value: string | undefined) => void;
}

/** A value chosen from a fixed set (an enum of the format, or the ids of existing lanes, phases …). */
export function ChoiceField({ label, help, options, value, isOptional, onChange }: Props) {
  const id = useId();
  const [isActive, setActive] = useState(false);
  const known = options.some((option) => (typeof option === 'string' ? option : option.value) === value);
  const isLazy = options.length > LAZY_LIMIT && !isActive;
  const shown = isLazy ? options.filter((option) => (typeof option === 'string' ? option : option.value) === value) : options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.value || undefined)}
        onFocus={() => setActive(true)}
        onPointerDown={() => setActive(true)}
      >
        {isOptional || value === undefined ? <option value="">—</option> : null}
        {value !== undefined && !known ? <option value={value}>{value} (unknown)</option> : null}
        {shown.map((option) => {
          const item = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={item.value} value={item.value}>
              {item.label}
            </option>
          );
        })}
      </select>
      <div id={`${id}-help`} className="field-help">
        {help ?? ''}
      </div>
    </div>
  );
}
