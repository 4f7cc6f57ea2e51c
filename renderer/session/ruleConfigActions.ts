/** The rule configuration in effect for the open file, as the CLI would use it. */
import type { FileHandle, RuleConfig } from '../host/host';
import type { SessionCore } from './sessionCore';
import { textBaseOf } from './editorStore';

/** How the status bar names the rule configuration in effect. */
export function ruleConfigLabel(files: readonly string[]): string {
  if (files.length === 0) return 'default rules';
  return files.length > 2 ? `${files.at(-1)} (+${files.length - 1} more)` : files.join(' + ');
}

export function createRuleConfigActions(core: SessionCore) {
  const { store, host, analysis } = core;
  // Counts requests: an answer that arrives after a newer request is dropped.
  let requestSeq = 0;

  /** Validates with `config` (null: the default rules) from now on, and once again at once. */
  function applyRuleConfig(config: RuleConfig | null): void {
    analysis.setRuleSettings(config?.rules ?? null);
    store.setState({ ruleConfig: { files: config?.files ?? [], issues: config?.issues ?? [] } });
    const doc = store.getState().doc;
    if (doc) analysis.revalidate(doc.history.present, textBaseOf(doc).text, doc.name, doc.brokenText);
  }

  /**
   * Asks the host for the rule configuration of the file behind `handle`; the default rules where
   * the host has none (browser edition, unsaved maps) or it cannot be read.
   */
  async function loadRuleConfig(handle: FileHandle | null): Promise<void> {
    requestSeq += 1;
    const asked = requestSeq;
    let config: RuleConfig | null = null;
    let failure: string | undefined;
    if (handle && host.ruleConfigFor) {
      try {
        config = await host.ruleConfigFor(handle);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    }
    if (asked !== requestSeq) return;
    applyRuleConfig(config);
    if (failure) core.setStatus(`Rule configuration unavailable, using the default rules: ${failure}`);
  }

  /** The host says the open file's configuration changed on disk. */
  function onRuleConfigChange(change: { readonly handle: FileHandle; readonly config: RuleConfig }): void {
    if (store.getState().doc?.handle !== change.handle) return;
    requestSeq += 1;
    applyRuleConfig(change.config);
    core.setStatus(`Rule configuration changed: ${ruleConfigLabel(change.config.files)}`);
  }

  return { loadRuleConfig, onRuleConfigChange };
}

export type RuleConfigActions = ReturnType<typeof createRuleConfigActions>;
