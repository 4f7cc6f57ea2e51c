import { useEffect, useId, useState } from 'react';
import { Suppressions } from '../../shared/model/schema';
import { problemOf } from './schemaShape';
import { useSession } from '../session/SessionContext';

interface Props {
  readonly label: string;
  readonly help: string | undefined;
  readonly value: Readonly<Record<string, string>> | undefined;
  readonly onChange: (value: Record<string, string> | undefined) => void;
}

/** `key: value` lines, e.g. rule suppressions with their reasons. */
export function PairsField({ label, help, value, onChange }: Props) {
  const { endTyping } = useSession();
  const id = useId();
  const shown = Object.entries(value ?? {})
    .map(([key, text]) => `${key}: ${text}`)
    .join('\n');
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => setDraft(shown), [shown]);
  const change = (text: string) => {
    setDraft(text);
    const pairs: Record<string, string> = {};
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const at = line.indexOf(':');
      if (at < 1) {
        setProblem('write each line as "rule-id: reason"');
        return;
      }
      pairs[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    const found = problemOf(Suppressions, pairs);
    setProblem(found);
    if (!found) onChange(Object.keys(pairs).length ? pairs : undefined);
  };
  return (
    <div className={`field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={draft} aria-describedby={`${id}-help`} onChange={(event) => change(event.target.value)} onBlur={() => endTyping()} />
      <div id={`${id}-help`} className={problem ? 'field-problem' : 'field-help'}>
        {problem ?? `${help ?? ''} One "rule-id: reason" per line.`}
      </div>
    </div>
  );
}
