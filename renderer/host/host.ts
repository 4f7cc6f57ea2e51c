/**
 * The one facade through which the renderer reaches its host. Two implementations: the Electron
 * preload bridge (desktop) and the browser host (file input and download; tests and browser edition).
 * The UI never knows which one it runs on beyond `capabilities`.
 */

/** An opaque token naming a file the host let the user open; only the host can resolve it. */
export type FileHandle = string;

export interface OpenedFile {
  readonly handle: FileHandle;
  /** File name for the title bar, e.g. `D.yaml`. */
  readonly name: string;
  readonly text: string;
  /** Fingerprint of the bytes on disk when read, used to detect external changes on save. */
  readonly fingerprint?: string;
  /** True when the host opened the file read-only (e.g. it holds git conflict markers). */
  readonly isReadOnly?: boolean;
  readonly readOnlyReason?: string;
}

/** A file the user picked only to read (e.g. the other side of a comparison): no handle, never saved to. */
export interface ReadFile {
  /** File name, e.g. `D-to-be.yaml`. */
  readonly name: string;
  readonly text: string;
}

export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly path: string;
  readonly summary?: string;
  readonly counts?: Readonly<Record<string, number>>;
}

export type SaveResult =
  | {
      readonly status: 'saved';
      readonly handle: FileHandle;
      readonly name: string;
      readonly fingerprint?: string;
      /** The text written, when the host adjusted it (desktop Save As: a library `derivedFrom.path` made relative to the file). */
      readonly text?: string;
    }
  | { readonly status: 'unchanged'; readonly handle: FileHandle; readonly name: string }
  | {
      readonly status: 'conflict';
      readonly diskText: string;
      readonly message: string;
      /** Fingerprint of `diskText`, so "Reload" can adopt the disk version and save over it later. */
      readonly fingerprint?: string;
    }
  | { readonly status: 'cancelled' };

export interface ExternalChange {
  readonly handle: FileHandle;
  readonly text: string;
  readonly fingerprint?: string;
  /** The new bytes must not be edited (conflict markers, not UTF-8); the host refuses to save them. */
  readonly isReadOnly?: boolean;
  readonly readOnlyReason?: string;
}

export interface HostCapabilities {
  readonly isDesktop: boolean;
  readonly hasBackups: boolean;
}

/** A rule's severity and options, as `swimlane.config.yaml` files set them. */
export interface RuleSetting {
  readonly severity: 'error' | 'warning' | 'info' | 'off';
  readonly options: Readonly<Record<string, unknown>>;
}

/** A problem in a config file, located in that file. */
export interface ConfigIssue {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** The rule configuration the CLI would use for a file: the config files applied (farthest first) and the result. */
export interface RuleConfig {
  readonly files: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly issues: readonly ConfigIssue[];
}

/** A command chosen in the desktop app's native menu, carried out by the UI (it holds the document). */
export type MenuCommand = 'save' | 'saveAs' | 'export' | 'newFromLibrary' | 'undo' | 'redo';

/** What a desktop window opens with: a file, and/or unsaved work restored after a crash (show a diff). */
export interface StartupDocument {
  /** The file as it is on disk; absent when the restored work was never saved. */
  readonly file?: OpenedFile;
  /** Unsaved work from a backup; the UI loads `text` as a dirty document and offers the diff to `file`. */
  readonly restored?: { readonly name: string; readonly text: string; readonly savedAt: string };
}

export interface Host {
  readonly capabilities: HostCapabilities;
  /** Lets the user pick a map file; `null` when they cancel. */
  openFile(): Promise<OpenedFile | null>;
  /** Lets the user pick a map file to read, without opening it as the document; `null` when they cancel. */
  readFile(): Promise<ReadFile | null>;
  /** Saves to the file behind `handle`, refusing with `conflict` when it changed on disk since `fingerprint`. */
  saveFile(request: { handle: FileHandle; text: string; fingerprint?: string; overwrite?: boolean }): Promise<SaveResult>;
  /** Lets the user choose a new place and saves there. */
  saveFileAs(request: { suggestedName: string; text: string }): Promise<SaveResult>;
  /** Hands an exported artefact (SVG, PNG, HTML) to the user. */
  exportFile(request: { suggestedName: string; data: string | Uint8Array; mimeType: string }): Promise<boolean>;
  /** The maps of the bundled model library. */
  listLibrary(): Promise<readonly LibraryEntry[]>;
  readLibraryMap(path: string): Promise<OpenedFile>;
  /** Stores a backup of unsaved work (desktop only; a no-op where `hasBackups` is false). */
  writeBackup(request: { handle: FileHandle | null; name: string; text: string }): Promise<void>;
  /** Tells the host the window's document title and dirty state. */
  setDocumentState(state: { title: string; isDirty: boolean }): void;
  /** Subscribes to changes of the open file made outside the app; returns the unsubscribe function. */
  onExternalChange(listener: (change: ExternalChange) => void): () => void;
  /** Desktop only: the document this window was opened for (command line, OS, Open Recent, crash restore). */
  getStartupDocument?(): Promise<StartupDocument | null>;
  /** Desktop only: re-reads the file behind `handle` (Reload after a conflict). */
  reloadFile?(handle: FileHandle): Promise<OpenedFile>;
  /** Desktop only: the rule configuration for the file behind `handle`; without it, the default rules apply. */
  ruleConfigFor?(handle: FileHandle): Promise<RuleConfig>;
  /** Desktop only: subscribes to changes of the open file's rule configuration. */
  onRuleConfigChange?(listener: (change: { readonly handle: FileHandle; readonly config: RuleConfig }) => void): () => void;
  /** Desktop only: subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}
