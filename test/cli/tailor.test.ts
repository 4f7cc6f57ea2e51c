import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { parseMap } from '../../shared/yaml/parseMap';
import { runCli } from './runCli';

const LIBRARY = fileURLToPath(new URL('../../model-library/', import.meta.url));
let dir: string;

beforeEach(() => {
  // A copy of the reference and the example catalogue, so the test writes only in a temp folder.
  dir = mkdtempSync(path.join(tmpdir(), 'swimlane-tailor-'));
  cpSync(path.join(LIBRARY, 'cert/D.yaml'), path.join(dir, 'cert/D.yaml'), { recursive: true });
  cpSync(path.join(LIBRARY, 'examples/acme/actors.yaml'), path.join(dir, 'acme/actors.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('swimlane tailor', () => {
  it('writes a tailored map that records its reference and warns about unassigned activities', async () => {
    // given the D reference and Acme's catalogue next to the output
    // when D is tailored with two activities assigned
    const run = await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/D-as-is.yaml', '--assign', 'D1=employees,D2=help desk staff', '--link', 'T=acme-T-as-is'], { cwd: dir });
    // then the file is written, loads, and derives from D with the file's hash
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('acme/D-as-is.yaml: as-is map "D-as-is" from D with 4 activities in 2 lanes (employees, help-desk)');
    expect(run.stderr).toContain('warning: 2 activities have no performer yet');
    expect(run.stderr).toMatch(/ {2}D3 Monitor Indicators \(Proactive\) — key people: IT staff/);
    const written = parseMap(readFileSync(path.join(dir, 'acme/D-as-is.yaml'), 'utf8'), 'D-as-is.yaml');
    const hash = createHash('sha256').update(readFileSync(path.join(dir, 'cert/D.yaml'))).digest('hex');
    expect(written.value?.derivedFrom).toEqual({ map: 'D', path: '../cert/D.yaml', version: '2004', hash: `sha256:${hash}` });
    expect(written.value?.terminations?.['to-T1']).toMatchObject({ map: 'acme-T-as-is' });
  });

  it('creates the output folder, lists the findings of the new map and how to resolve them, as validate reports them', async () => {
    // given a reference and an output folder that does not exist yet
    // when D is tailored with no performers, then again with every activity assigned
    const bare = await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/maps/D-as-is.yaml'], { cwd: dir });
    const assigned = await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/maps/D-as-is.yaml', '--force', '--assign', 'D1=employees,D2=employees,D3=employees,D4=employees'], { cwd: dir });
    const validated = await runCli(['validate', 'acme/maps/D-as-is.yaml'], { cwd: dir });
    // then the first run names the findings validate will report and the way to resolve them
    expect(bare.code).toBe(0);
    expect(bare.stderr).toContain('acme/maps/D-as-is.yaml does not validate yet:\nacme/maps/D-as-is.yaml:');
    expect(bare.stderr).toContain('error activity "D1" (Notice Events (Reactive)) has no lane: say who performs it activity-without-lane');
    expect(bare.stderr).toContain('  to resolve activity-without-lane: rerun with --force --assign ID=ACTOR');
    // and the second lists exactly what validate reports (here: the maps D links to are not tailored yet)
    expect(assigned.stderr).not.toContain('activity-without-lane');
    expect(assigned.stderr).toContain(`does not validate yet:\n${validated.stdout}`);
    expect(assigned.stderr).toContain('  to resolve cross-map-reference: ');
  });

  it('refuses an unknown performer and an existing file, and writes nothing', async () => {
    // given / when an activity is assigned to nobody known
    const unknown = await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/x.yaml', '--assign', 'D2=the intern'], { cwd: dir });
    // then it is a usage error naming the candidates
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"the intern" is neither an actor of the catalogue nor a key person of D2');
    // and an existing output is not overwritten without --force
    await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/x.yaml'], { cwd: dir });
    const again = await runCli(['tailor', 'cert/D.yaml', '-o', 'acme/x.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; use --force');
  });
});
