import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../../renderer/source/sourceDiagnostics';
import { parseMap } from '../../../shared/yaml/parseMap';

describe('diagnosticsOf', () => {
  it('places each finding of the loader at its range in the text', () => {
    // given a map whose lane lacks its actor
    const text = 'format: swimlane/1\nid: m\ntitle: T\nkind: as-is\nlanes:\n  legal: {label: Legal}\nactivities: {}\n';
    const issues = parseMap(text, 'm.yaml').issues;
    // when turned into diagnostics
    const diagnostics = diagnosticsOf(text, issues);
    // then the schema error sits on the lane's entry, as an error from "schema"
    expect(diagnostics).toHaveLength(1);
    expect(text.slice(diagnostics[0]!.from, diagnostics[0]!.to)).toContain('{label: Legal}');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', source: 'schema' });
    expect(diagnostics[0]!.message).toContain('lanes.legal.actor: required');
  });
});
