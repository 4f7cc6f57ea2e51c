import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// ajv comes with the dev tools (eslint, electron-builder); the OASIS schema is draft-04, which ajv 8 reads once its id keywords are set aside.
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const schemaFile = new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url);
const { $schema: _draft, id: _id, ...oasisSchema } = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const validateSarif = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(oasisSchema);

describe('swimlane validate --format sarif', () => {
  it('writes a log valid against the OASIS SARIF 2.1.0 schema, with columnKind, file:// URIs outside the working folder and rule help', async () => {
    // given one map inside the working folder and one outside it, both with findings
    const cwd = await mkdtemp(path.join(tmpdir(), 'swimlane-sarif-'));
    const outside = await mkdtemp(path.join(tmpdir(), 'swimlane-sarif-outside-'));
    const map = 'format: swimlane/1\nid: m\ntitle: T\nkind: reference\nactivities:\n  A:\n    name: 42\n';
    await writeFile(path.join(cwd, 'm.yaml'), map);
    await writeFile(path.join(outside, 'o.yaml'), map.replace('id: m', 'id: o'));
    // when
    const result = await runCli(['validate', '--format', 'sarif', 'm.yaml', path.join(outside, 'o.yaml')], { cwd });
    const log = JSON.parse(result.stdout);
    // then
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe(pathToFileURL(`${cwd}/`).href);
    const uris = run.results.map((entry: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }) => entry.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'm.yaml', uriBaseId: 'SRCROOT' });
    expect(uris).toContainEqual({ uri: pathToFileURL(path.join(outside, 'o.yaml')).href });
    const schemaRule = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'schema');
    expect(schemaRule.help.text).toContain('swimlane/1 format');
    expect(schemaRule.helpUri).toMatch(/^https:\/\/.+docs\/format\.md#rules-and-configuration$/);
    // and a rule that is off by default is listed as disabled
    const offRule = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'activity-without-accountable');
    expect(offRule.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'dead-end').defaultConfiguration).toEqual({ level: 'error' });
  });
});
