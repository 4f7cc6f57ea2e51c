/**
 * The clipboard of copied activities: plain data kept in memory and in localStorage, so another
 * map (or window) can paste it. What a paste inserts is `shared/edits/commands/pasteActivities`.
 */
import { clipOf, type Clip } from '../../shared/edits/commands/pasteActivities';
import type { ProcessMap } from '../../shared/model/schema';

const STORAGE_KEY = 'swimlane-clipboard';

export interface Clipboard {
  /** Copies the activities `ids` of `map` (with the flows among them); null when none of them exists. */
  copyActivities(map: ProcessMap, ids: readonly string[]): Clip | null;
  currentClip(): Clip | null;
}

/** The clipboard of a session; another window shares it through localStorage. */
export function createClipboard(): Clipboard {
  let memory: Clip | null = null;
  return {
    copyActivities(map, ids) {
      const clip = clipOf(map, ids);
      if (!clip) return null;
      memory = clip;
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(clip));
      } catch {
        // Storage may be unavailable (private mode); the in-memory clip still works.
      }
      return clip;
    },
    currentClip() {
      try {
        const stored = localStorage.getItem(STORAGE_KEY);
        if (stored) return JSON.parse(stored) as Clip;
      } catch {
        // Fall back to memory.
      }
      return memory;
    },
  };
}
