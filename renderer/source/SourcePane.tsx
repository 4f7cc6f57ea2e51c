/**
 * The source view wired to the session: the document's text (as typed, or the present map spliced
 * into it), the problems of the validation worker inline, and selection both ways.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { NOUN_OF } from '../../shared/model/elementKinds';
import type { MapIds } from '../../shared/yaml/schemaAssist';
import { readYamlSubset } from '../../shared/yaml/fastYaml';
import { elementRange, type ElementSection, type SourceElement } from '../../shared/yaml/sourceElements';
import { OWN_ID_COLLECTIONS } from '../../shared/model/elementKinds';
import type { ElementKind } from '../session/editorStore';
import { documentText } from '../session/mapText';
import { useEditor, useSession } from '../session/SessionContext';
import { lineStartsOf } from '../../shared/yaml/lineStarts';
import { SourceView } from './SourceView';


const SECTION_OF = new Map<string, ElementSection>(OWN_ID_COLLECTIONS.map((section) => [NOUN_OF[section], section]));

export function SourcePane() {
  const session = useSession();
  const doc = useEditor((state) => state.doc);
  const issues = useEditor((state) => state.issues);
  const theme = useEditor((state) => state.theme);
  const selection = useEditor((state) => state.selection);
  const sourceReveal = useEditor((state) => state.sourceReveal);
  const present = doc?.history.present;
  const brokenText = doc?.brokenText;
  const textBase = doc?.textBase;
  const savedText = doc?.savedText;
  // Recomputed only when the map or the text it came from changes (a splice, so the text never reflows).
  // A new object each time, even for the same text: typing undone before it settled comes back as the
  // text the pane already had, and the editor must still drop what was typed.
  const source = useMemo(() => ({ text: doc ? documentText(doc) : '' }), [present, brokenText, textBase, savedText]);
  const text = source.text;
  const ids = useMemo<MapIds>(
    () => ({ lanes: Object.keys(present?.lanes ?? {}), activities: Object.keys(present?.activities ?? {}), actors: Object.keys(present?.actors ?? {}), phases: Object.keys(present?.phases ?? {}), flows: Object.keys(present?.flows ?? {}) }),
    [present],
  );
  // The element the cursor is in: selecting it must not move the cursor back to its entry's start.
  const cursorKey = useRef<string | null>(null);
  const only = selection.length === 1 ? selection[0] : undefined;
  // The last asked wins: a selection's entry, or a problem's line (chosen in the panel after its selection).
  const [reveal, setReveal] = useState<{ from: number; to: number } | undefined>(undefined);
  useEffect(() => {
    if (!only || `${only.kind}:${only.id}` === cursorKey.current) return;
    const section = SECTION_OF.get(only.kind);
    const tree = section ? readYamlSubset(text) : undefined;
    const found = section && tree ? elementRange(text, { root: tree.root, lineStarts: tree.lineStarts }, section, only.id) : undefined;
    if (found) setReveal({ from: found.from, to: found.from });
  }, [only]);
  useEffect(() => {
    if (!sourceReveal) return;
    const starts = lineStartsOf(text);
    const at = Math.min(text.length, (starts[Math.min(sourceReveal.line, starts.length) - 1] ?? 0) + Math.max(0, sourceReveal.column - 1));
    setReveal({ from: at, to: at });
  }, [sourceReveal]);
  const onCursorElement = (element: SourceElement | undefined) => {
    if (!element) return;
    const kind = NOUN_OF[element.section] as ElementKind;
    cursorKey.current = `${kind}:${element.id}`;
    const current = session.store.getState().selection;
    if (current.length === 1 && current[0]!.kind === kind && current[0]!.id === element.id) return;
    session.select([{ kind, id: element.id }]);
  };
  if (!doc) return null;
  return (
    <section className="source-pane" aria-label="Source">
      <SourceView
        text={text}
        textRevision={source}
        diagnostics={issues}
        ids={ids}
        reveal={reveal}
        theme={theme}
        isReadOnly={doc.isReadOnly}
        onTextChange={session.typeText}
        onCursorElement={onCursorElement}
        onUndo={session.undo}
        onRedo={session.redo}
      />
    </section>
  );
}
