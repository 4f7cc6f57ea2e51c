/**
 * The YAML source view: a CodeMirror 6 editor over the map's text, with the project's findings as
 * inline diagnostics, completion and hovers from the JSON Schema, and two-way selection (the
 * cursor's element is reported; an element to reveal is selected and scrolled into view).
 * Controlled: the parent owns the text; edits are reported through `onTextChange`.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, foldGutter, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { Issue } from '../../shared/model/issue';
import { mapJsonSchema } from '../../shared/model/jsonSchema';
import { readYamlSubset } from '../../shared/yaml/fastYaml';
import { describeKeyAt, suggestionsAt, type MapIds } from '../../shared/yaml/schemaAssist';
import { elementAtOffset, type SourceElement } from '../../shared/yaml/sourceElements';
import { diagnosticsOf } from './sourceDiagnostics';
import { yamlIndentUnderKey } from './yamlIndent';

export interface SourceViewProps {
  readonly text: string;
  /** A new value whenever the parent sets its text, even to the same string: the editor then shows `text` again. */
  readonly textRevision?: object;
  readonly diagnostics: readonly Issue[];
  /** The ids completion offers where a field names a lane, activity or actor. */
  readonly ids: MapIds;
  /** An element's range to select and scroll to (from the canvas or the problems panel). */
  readonly reveal?: { readonly from: number; readonly to: number } | undefined;
  readonly theme: 'light' | 'dark';
  readonly isReadOnly?: boolean;
  onTextChange(text: string): void;
  /** The element the cursor moved into, or undefined outside any element. */
  onCursorElement?(element: SourceElement | undefined): void;
  /** Undo and redo are the session's, so one history spans the canvas and the text. */
  onUndo?(): void;
  onRedo?(): void;
}

/** Marks the changes that bring the parent's text in: they are not typing, so they are not reported back. */
const fromParent = Annotation.define<boolean>();

/** The schema completion and hovers read: the committed JSON Schema's source, built once. */
let schemaOnce: Record<string, unknown> | undefined;
const schemaOf = (): Record<string, unknown> => (schemaOnce ??= mapJsonSchema());

const DARK = EditorView.theme({ '&': { color: '#e6edf3', backgroundColor: '#0d1117' }, '.cm-gutters': { backgroundColor: '#161b22', color: '#8b949e' }, '.cm-content': { caretColor: '#e6edf3' } }, { dark: true });
const LIGHT = EditorView.theme({ '&': { color: '#1f2328', backgroundColor: '#ffffff' }, '.cm-gutters': { backgroundColor: '#f6f8fa', color: '#57606a' } });
const BASE = EditorView.theme({ '&': { height: '100%', fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' } });

export function SourceView(props: SourceViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const themeSlot = useRef(new Compartment());
  const readOnlySlot = useRef(new Compartment());

  useEffect(() => {
    const complete = (context: CompletionContext): CompletionResult | null => {
      const text = context.state.doc.toString();
      const suggestions = suggestionsAt(text, context.pos, schemaOf(), latest.current.ids);
      if (suggestions.length === 0) return null;
      const word = context.matchBefore(/[A-Za-z0-9_.-]*/);
      return {
        from: word?.from ?? context.pos,
        options: suggestions.map((suggestion) => ({ label: suggestion.label, type: suggestion.kind === 'key' ? 'property' : suggestion.kind === 'id' ? 'variable' : 'enum', ...(suggestion.detail ? { info: suggestion.detail } : {}) })),
      };
    };
    const hover = hoverTooltip((target, pos) => {
      const found = describeKeyAt(target.state.doc.toString(), pos, schemaOf());
      if (!found) return null;
      return {
        pos,
        create: () => {
          const dom = document.createElement('div');
          dom.className = 'source-hover';
          dom.textContent = `${found.key}: ${found.description}`;
          return { dom };
        },
      };
    });
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.text,
        extensions: [
          lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), foldGutter(), bracketMatching(), highlightSelectionMatches(), lintGutter(), yaml(), yamlIndentUnderKey,
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          autocompletion({ override: [complete] }), hover,
          keymap.of([
            { key: 'Mod-z', run: () => (latest.current.onUndo?.(), true), preventDefault: true },
            { key: 'Mod-y', run: () => (latest.current.onRedo?.(), true), preventDefault: true },
            { key: 'Mod-Shift-z', run: () => (latest.current.onRedo?.(), true), preventDefault: true },
            ...defaultKeymap, ...searchKeymap, indentWithTab,
          ]),
          BASE, themeSlot.current.of(latest.current.theme === 'dark' ? DARK : LIGHT), readOnlySlot.current.of(EditorState.readOnly.of(Boolean(latest.current.isReadOnly))),
          EditorView.contentAttributes.of({ 'aria-label': 'Map source (YAML)' }),
          EditorView.updateListener.of((update) => {
            const isTyping = update.transactions.some((transaction) => transaction.docChanged && !transaction.annotation(fromParent));
            if (isTyping) latest.current.onTextChange(update.state.doc.toString());
            // Moving the cursor selects its element; typing stays inside the element it is in.
            if (update.selectionSet && !update.docChanged && latest.current.onCursorElement) {
              const text = update.state.doc.toString();
              const tree = readYamlSubset(text);
              latest.current.onCursorElement(tree ? elementAtOffset(text, { root: tree.root, lineStarts: tree.lineStarts }, update.state.selection.main.head) : undefined);
            }
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, []);

  // The parent's text wins when it differs (a canvas edit, an undo): replace only the changed middle, so the cursor stays.
  // Typing not yet taken by the parent leaves both unchanged, so it is not overwritten meanwhile.
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current === props.text) return;
    let start = 0;
    while (start < current.length && start < props.text.length && current[start] === props.text[start]) start++;
    let end = 0;
    while (end < current.length - start && end < props.text.length - start && current[current.length - 1 - end] === props.text[props.text.length - 1 - end]) end++;
    editor.dispatch({ changes: { from: start, to: current.length - end, insert: props.text.slice(start, props.text.length - end) }, annotations: fromParent.of(true) });
  }, [props.text, props.textRevision]);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, diagnosticsOf(editor.state.doc.toString(), props.diagnostics)));
  }, [props.diagnostics, props.text]);

  useEffect(() => {
    view.current?.dispatch({ effects: themeSlot.current.reconfigure(props.theme === 'dark' ? DARK : LIGHT) });
  }, [props.theme]);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnlySlot.current.reconfigure(EditorState.readOnly.of(Boolean(props.isReadOnly))) });
  }, [props.isReadOnly]);

  useEffect(() => {
    const editor = view.current;
    const reveal = props.reveal;
    if (!editor || !reveal) return;
    const length = editor.state.doc.length;
    const range = EditorSelection.range(Math.min(reveal.from, length), Math.min(reveal.to, length));
    editor.dispatch({ selection: EditorSelection.create([range]), effects: EditorView.scrollIntoView(range.from, { y: 'center' }) });
  }, [props.reveal]);

  return <div className="source-view" ref={host} data-testid="source-view" />;
}
