import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../shared/yaml/parseMap';
import { runCli } from './runCli';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
const CLEAN = `<bpmn:definitions ${NS} id="d"><bpmn:process id="p" name="Tiny"><bpmn:startEvent id="s" name="Go"/><bpmn:task id="t" name="Work"/><bpmn:endEvent id="e"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/><bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/></bpmn:process></bpmn:definitions>`;

describe('swimlane import and export --format bpmn', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a clean file with exit 0, a lossy one with exit 1 listing the loss, and refuses non-BPMN with exit 2', async () => {
    // given a clean, a lossy and a non-BPMN file
    dir = mkdtempSync(join(tmpdir(), 'swimlane-import-'));
    writeFileSync(join(dir, 'clean.bpmn'), CLEAN);
    writeFileSync(join(dir, 'lossy.bpmn'), CLEAN.replace('<bpmn:task id="t" name="Work"/>', '<bpmn:task id="t" name="Work"><bpmn:standardLoopCharacteristics/></bpmn:task>'));
    writeFileSync(join(dir, 'map.yaml'), 'format: swimlane/1\n');
    // when each is imported
    const clean = await runCli(['import', 'clean.bpmn', '-o', 'out-clean'], { cwd: dir });
    const lossy = await runCli(['import', 'lossy.bpmn', '-o', 'out-lossy'], { cwd: dir });
    const foreign = await runCli(['import', 'map.yaml', '-o', 'out-foreign'], { cwd: dir });
    // then the exit codes say so, and the written map validates
    expect(clean.code).toBe(0);
    expect(parseMap(readFileSync(join(dir, 'out-clean', 'p.yaml'), 'utf8'), 'p.yaml').value?.activities.t?.name).toBe('Work');
    expect(lossy.code).toBe(1);
    expect(lossy.stdout).toContain('not carried over: t: Task: loopCharacteristics is not carried over');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/^map\.yaml:1:1: not BPMN/);
  });

  it('does not replace an existing map without --force', async () => {
    // given a folder that already holds the map
    dir = mkdtempSync(join(tmpdir(), 'swimlane-import-'));
    writeFileSync(join(dir, 'clean.bpmn'), CLEAN);
    await runCli(['import', 'clean.bpmn', '-o', 'out'], { cwd: dir });
    writeFileSync(join(dir, 'out', 'p.yaml'), 'mine');
    // when it is imported again
    const again = await runCli(['import', 'clean.bpmn', '-o', 'out'], { cwd: dir });
    // then the file is kept
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, 'out', 'p.yaml'), 'utf8')).toBe('mine');
  });

  it('exports a library map as BPMN that imports back', async () => {
    // given a CERT map
    dir = mkdtempSync(join(tmpdir(), 'swimlane-import-'));
    const map = join(process.cwd(), 'model-library/cert/T.yaml');
    // when it is exported and imported
    const exported = await runCli(['export', map, '--format', 'bpmn', '-o', join(dir, 'T.bpmn')]);
    const imported = await runCli(['import', join(dir, 'T.bpmn'), '-o', join(dir, 'back')]);
    // then both succeed without losses and the activities are back
    expect(exported.code).toBe(0);
    expect(imported.code).toBe(0);
    expect(Object.keys(parseMap(readFileSync(join(dir, 'back', 'T.yaml'), 'utf8'), 'T.yaml').value!.activities)).toEqual(['T1', 'T2', 'T3']);
  });
});
