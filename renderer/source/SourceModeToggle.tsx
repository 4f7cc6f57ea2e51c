/** Canvas | Source | Split: how the open map is shown (also Ctrl+Alt+1, 2, 3). */
import type { SourceMode } from '../session/editorStore';
import { useEditor, useSession } from '../session/SessionContext';

export const SOURCE_MODES: readonly { readonly mode: SourceMode; readonly label: string; readonly key: string }[] = [
  { mode: 'canvas', label: 'Canvas', key: '1' },
  { mode: 'source', label: 'Source', key: '2' },
  { mode: 'split', label: 'Split', key: '3' },
];

export function SourceModeToggle() {
  const { setSourceMode } = useSession();
  const current = useEditor((state) => state.sourceMode);
  return (
    <div className="source-mode-toggle" role="group" aria-label="View">
      {SOURCE_MODES.map(({ mode, label, key }) => (
        <button key={mode} type="button" className="small" aria-pressed={current === mode} title={`${label} (Ctrl+Alt+${key})`} onClick={() => setSourceMode(mode)}>
          {label}
        </button>
      ))}
    </div>
  );
}
