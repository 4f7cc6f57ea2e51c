import { useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import { problemOf } from './schemaShape';
import { useSession } from '../session/SessionContext';

interface Props {
  readonly label: string;
  readonly help: string | undefined;
  readonly schema: z.ZodType;
  readonly value: readonly string[] | undefined;
  readonly isOptional: boolean;
  readonly onChange: (value: string[] | undefined) => void;
}

/** A list of short texts, one per line (requirements, key people, technology …). */
export function LinesField({ label, help, schema, value, isOptional, onChange }: Props) {
  const { endTyping } = useSession();
  const id = useId();
  const shown = (value ?? []).join('\n');
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    setDraft((current) => (toLines(current).join('\n') === shown ? current : shown));
    setProblem(undefined);
  }, [shown]);

  const change = (text: string) => {
    setDraft(text);
    const lines = toLines(text);
    if (lines.length === 0 && isOptional) {
      setProblem(undefined);
      onChange(undefined);
      return;
    }
    const found = problemOf(schema, lines);
    setProblem(found);
    if (!found) onChange(lines);
  };

  return (
    <div className={`field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(2, (value?.length ?? 0) + 1))}
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-help`}
        onChange={(event) => change(event.target.value)}
        onBlur={() => endTyping()}
      />
      <div id={`${id}-help`} className={problem ? 'field-problem' : 'field-help'} role={problem ? 'alert' : undefined}>
        {problem ?? `${help ? `${help} ` : ''}One per line.`}
      </div>
    </div>
  );
}

function toLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
