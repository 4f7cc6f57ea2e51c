import { useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import { problemOf } from './schemaShape';
import { useSession } from '../session/SessionContext';

interface Props {
  readonly label: string;
  readonly help: string | undefined;
  readonly schema: z.ZodType;
  readonly value: string | number | undefined;
  readonly isOptional: boolean;
  readonly isMultiline: boolean;
  readonly isNumber?: boolean;
  readonly onChange: (value: string | number | undefined) => void;
}

/** One text (or number) value, validated against its schema as you type; invalid drafts are not applied. */
export function TextField({ label, help, schema, value, isOptional, isMultiline, isNumber, onChange }: Props) {
  const { endTyping } = useSession();
  const id = useId();
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    setDraft(shown);
    setProblem(undefined);
  }, [shown]);

  const change = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      if (isOptional) {
        setProblem(undefined);
        onChange(undefined);
      } else setProblem('required');
      return;
    }
    const next = isNumber ? Number(text) : text;
    const found = problemOf(schema, next);
    setProblem(found);
    if (!found) onChange(next);
  };

  const common = {
    id,
    value: draft,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': `${id}-help`,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(event.target.value),
    onBlur: () => endTyping(),
  };
  return (
    <div className={`field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {isMultiline ? <textarea rows={3} {...common} /> : <input type={isNumber ? 'number' : 'text'} {...common} />}
      <div id={`${id}-help`} className={problem ? 'field-problem' : 'field-help'} role={problem ? 'alert' : undefined}>
        {problem ?? help ?? ''}
      </div>
    </div>
  );
}
