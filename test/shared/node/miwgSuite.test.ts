import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProcessMap } from '../../../shared/model/schema';
import { accountFor, findMiwgFolder, miwgFiles } from '../../../shared/node/miwgSuite';

const FOLDER = findMiwgFolder(fileURLToPath(new URL('../../..', import.meta.url)));

// The suite lives beside the clone (../shared/reference); a clone without it skips these tests.
describe.skipIf(!FOLDER)('BPMN MIWG interchange suite', () => {
  const files = FOLDER ? miwgFiles(FOLDER) : [];

  it('has the reference, Camunda Modeler and Signavio files', () => {
    expect(new Set(files.map((file) => file.split('/')[0]))).toEqual(new Set(['reference', 'camunda-modeler', 'signavio']));
  });

  it.each(files)('imports %s into valid maps with every lane and task accounted for', async (file) => {
    // given a suite file; when it is imported
    const row = await accountFor(FOLDER!, file);
    // then every map validates, every lane is a lane, and every task is an activity or a listed loss
    for (const map of row.maps) expect(ProcessMap.safeParse(map).error?.issues ?? []).toEqual([]);
    expect(row.lanesCarried).toBe(row.lanes);
    expect(row.unaccounted).toEqual([]);
  });
});
