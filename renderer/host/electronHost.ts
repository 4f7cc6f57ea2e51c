/**
 * The desktop implementation of `Host`: every call goes through the preload bridge
 * (`window.swimlane`), which carries exactly the channels of `shared/ipc/contract`.
 */
import type { SwimlaneBridge } from '../../shared/ipc/contract';
import type { ExternalChange, Host, LibraryEntry, MenuCommand, OpenedFile, ReadFile, RuleConfig, SaveResult, StartupDocument } from './host';

declare global {
  interface Window {
    /** Present only in the desktop app (set by the preload). */
    swimlane?: SwimlaneBridge;
  }
}

/** True when the page runs inside the desktop app. */
export function hasElectronBridge(scope: { swimlane?: SwimlaneBridge } = window): boolean {
  return typeof scope.swimlane?.invoke === 'function';
}

/** Electron wraps handler errors as "Error invoking remote method 'x': Error: msg"; keep `msg`. */
function unwrapRemoteError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^Error invoking remote method '[^']+': (?:[A-Za-z]*Error: )?([\s\S]*)$/.exec(message);
  return new Error(match ? match[1] : message);
}

export function createElectronHost(bridge: SwimlaneBridge = window.swimlane as SwimlaneBridge): Host {
  if (!bridge) throw new Error('the desktop bridge (window.swimlane) is missing');
  const call = async <T>(promise: Promise<T>): Promise<T> => {
    try {
      return await promise;
    } catch (error) {
      throw unwrapRemoteError(error);
    }
  };
  return {
    capabilities: { isDesktop: true, hasBackups: true },
    openFile: (): Promise<OpenedFile | null> => call(bridge.invoke('file:open', {})),
    readFile: (): Promise<ReadFile | null> => call(bridge.invoke('file:read', {})),
    saveFile: (request): Promise<SaveResult> => call(bridge.invoke('file:save', request)),
    saveFileAs: (request): Promise<SaveResult> => call(bridge.invoke('file:saveAs', request)),
    exportFile: (request): Promise<boolean> => call(bridge.invoke('file:export', request)),
    listLibrary: (): Promise<readonly LibraryEntry[]> => call(bridge.invoke('library:list', {})),
    readLibraryMap: (path): Promise<OpenedFile> => call(bridge.invoke('library:read', { path })),
    writeBackup: async (request): Promise<void> => {
      await call(bridge.invoke('backup:write', request));
    },
    setDocumentState: (state): void => bridge.send('window:setDocumentState', state),
    onExternalChange: (listener: (change: ExternalChange) => void): (() => void) => bridge.on('file:externalChange', listener),
    getStartupDocument: (): Promise<StartupDocument | null> => call(bridge.invoke('window:startup', {})),
    reloadFile: (handle): Promise<OpenedFile> => call(bridge.invoke('file:reload', { handle })),
    ruleConfigFor: (handle): Promise<RuleConfig> => call(bridge.invoke('config:rules', { handle })),
    onRuleConfigChange: (listener): (() => void) => bridge.on('config:changed', listener),
    onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => bridge.on('menu:command', listener),
  };
}
