import { describe, expect, it } from 'vitest';
import { ruleConfigLabel } from '../../../renderer/session/ruleConfigActions';
import { createMemoryHost, sessionWithExample } from './memoryHost';

describe('rule configuration actions', () => {
  it('takes the rule configuration the host finds for the opened file', async () => {
    // given a host with a config for the example file
    const host = createMemoryHost();
    host.ruleConfigs.set('memory:acme-D.yaml', { files: ['swimlane.config.yaml'], rules: { 'no-orphans': { severity: 'off', options: {} } }, issues: [] });
    // when the file is opened
    const { session, rules } = await sessionWithExample(host);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // then validation got its rules and the store names its file
    expect(session.store.getState().ruleConfig.files).toEqual(['swimlane.config.yaml']);
    expect(rules.at(-1)).toEqual({ 'no-orphans': { severity: 'off', options: {} } });
  });

  it('falls back to the default rules, saying why, when the configuration cannot be read', async () => {
    // given a host whose config fails for the file other.yaml
    const host = createMemoryHost();
    host.ruleConfigs.set('memory:other.yaml', new Error('bad YAML in swimlane.config.yaml'));
    // when the example is opened and saved as other.yaml
    const { session } = await sessionWithExample(host);
    const statuses: string[] = [];
    session.store.subscribe(() => statuses.push(session.store.getState().status));
    host.nextSaveAsName = 'other.yaml';
    await session.saveAs();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // then the default rules apply and the status said why
    expect(session.store.getState().ruleConfig.files).toEqual([]);
    expect(statuses).toContain('Rule configuration unavailable, using the default rules: bad YAML in swimlane.config.yaml');
  });

  it('names the configuration for the status bar', () => {
    // given / when / then
    expect(ruleConfigLabel([])).toBe('default rules');
    expect(ruleConfigLabel(['a.yaml', 'b.yaml'])).toBe('a.yaml + b.yaml');
    expect(ruleConfigLabel(['a.yaml', 'b.yaml', 'c.yaml'])).toBe('c.yaml (+2 more)');
  });
});
