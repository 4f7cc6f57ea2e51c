import { useEffect, useId, useState } from 'react';
import type { Note } from '../../shared/model/schema';
import { Note as NoteSchema } from '../../shared/model/schema';
import { problemOf } from './schemaShape';
import { useSession } from '../session/SessionContext';

const WITH_SOURCE = /^(.*\S)\s+\[source:\s*(.+?)\]$/;

function noteLine(note: Note): string {
  return typeof note === 'string' ? note : note.source ? `${note.text} [source: ${note.source}]` : note.text;
}

function parseLine(line: string): Note {
  const match = WITH_SOURCE.exec(line);
  return match ? { text: match[1]!, source: match[2]! } : line;
}

/** Reviewer notes, one per line; a trailing `[source: Table 12]` keeps the note's source. */
export function NotesField({ value, onChange }: { value: readonly Note[] | undefined; onChange: (value: Note[] | undefined) => void }) {
  const { endTyping } = useSession();
  const id = useId();
  const shown = (value ?? []).map(noteLine).join('\n');
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    setDraft((current) => (current.split('\n').filter((line) => line.trim()).join('\n') === shown ? current : shown));
  }, [shown]);
  const change = (text: string) => {
    setDraft(text);
    const notes = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map(parseLine);
    const found = notes.map((note) => problemOf(NoteSchema, note)).find(Boolean);
    setProblem(found);
    if (!found) onChange(notes.length ? notes : undefined);
  };
  return (
    <div className={`field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>Notes</label>
      <textarea id={id} rows={2} value={draft} aria-describedby={`${id}-help`} onChange={(event) => change(event.target.value)} onBlur={() => endTyping()} />
      <div id={`${id}-help`} className={problem ? 'field-problem' : 'field-help'}>
        {problem ?? 'One note per line; end with [source: …] to cite where it comes from.'}
      </div>
    </div>
  );
}
