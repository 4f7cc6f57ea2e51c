import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const FOLDER = fileURLToPath(new URL('../fixtures/raci', import.meta.url));

describe('swimlane matrix', () => {
  it('prints activities × actors with R/A/C/I and the lane × lane handoffs as Markdown, with names from the catalogue', async () => {
    // when
    const result = await runCli(['matrix', FOLDER]);
    // then
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| Activity | Help desk | SOC analyst, tier 1 | CSIRT manager | Legal counsel |');
    expect(result.stdout).toContain('| Categorize the event (T2) | C | R/A |  | C |');
    expect(result.stdout).toContain('| Help desk |  | 1 (Ticketing system, Chat) |');
    expect(result.stdout).toContain('| SOC analyst, tier 1 | 1 (Phone) |  |');
    expect(result.stdout).not.toMatch(/\| (help-desk|soc|csirt-manager) \|/);
  });

  it('prints CSV that quotes names holding commas', async () => {
    // when
    const result = await runCli(['matrix', '--format', 'csv', path.join(FOLDER, 'triage.yaml')]);
    // then
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines).toContain('Activity,Id,Help desk,"SOC analyst, tier 1",CSIRT manager,Legal counsel');
    expect(lines).toContain('Log the report,T1,R,I,A,');
    expect(lines).toContain('Help desk,,"1 (Ticketing system, Chat)"');
  });

  it('prints a standalone HTML page with the tables', async () => {
    // when
    const result = await runCli(['matrix', '--format', 'html', FOLDER]);
    // then
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.stdout).toContain('<th scope="row">Assign the event <span class="id">T3</span></th><td>I</td><td>R</td><td>A</td><td>I</td></tr>');
    expect(result.stdout).toContain('<th scope="col">SOC analyst, tier 1</th>');
  });

  it('exits 2 on usage errors and when no map can be read, 1 when some input is not a map', async () => {
    // given a folder with one good map and one broken file
    const folder = await mkdtemp(path.join(tmpdir(), 'swimlane-matrix-'));
    await writeFile(path.join(folder, 'broken.yaml'), 'format: swimlane/1\nid: b\n');
    // when
    const noArgs = await runCli(['matrix']);
    const badFormat = await runCli(['matrix', '--format', 'pdf', FOLDER]);
    const nothing = await runCli(['matrix', path.join(folder, 'broken.yaml')]);
    const some = await runCli(['matrix', path.join(folder, 'broken.yaml'), path.join(FOLDER, 'triage.yaml')]);
    const help = await runCli(['matrix', '--help']);
    // then
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toContain('swimlane matrix: name at least one map file or folder');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown --format "pdf" (markdown, csv or html)');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('broken.yaml');
    expect(some.code).toBe(1);
    expect(some.stdout).toContain('Triage with roles');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: swimlane matrix');
    expect((await runCli(['--help'])).stdout).toMatch(/matrix\s+print the RACI matrix/);
  });
});
