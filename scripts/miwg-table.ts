/**
 * Writes the MIWG result table of docs/exchange.md (between its miwg-table markers) from a real
 * import of every suite file, so the table is never typed by hand. Run: npx tsx scripts/miwg-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accountFor, findMiwgFolder, miwgFiles } from '../shared/node/miwgSuite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(ROOT, 'docs/exchange.md');
const folder = findMiwgFolder(ROOT);
if (!folder) throw new Error('the MIWG suite is not at ../shared/reference/bpmn-miwg');

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const rows: string[] = [];
const totals = new Map<string, { files: number; lanes: number; lanesCarried: number; tasks: number; tasksCarried: number; losses: number }>();
for (const file of miwgFiles(folder)) {
  const row = await accountFor(folder, file);
  const group = file.split('/')[0]!;
  const total = totals.get(group) ?? { files: 0, lanes: 0, lanesCarried: 0, tasks: 0, tasksCarried: 0, losses: 0 };
  totals.set(group, { files: total.files + 1, lanes: total.lanes + row.lanes, lanesCarried: total.lanesCarried + row.lanesCarried, tasks: total.tasks + row.tasks, tasksCarried: total.tasksCarried + row.tasksCarried, losses: total.losses + row.losses.length });
  const kinds = [...new Set(row.losses.map((loss) => loss.message.replace(/^(\w+): /, '$1 ').replace(/ of the (start|end) event.*/, ' on a $1 event')))];
  rows.push(`| ${file} | ${row.maps.length} | ${row.lanesCarried}/${row.lanes} | ${row.tasksCarried}/${row.tasks} | ${row.losses.length} | ${cell(kinds.slice(0, 6).join('; '))}${kinds.length > 6 ? `; and ${kinds.length - 6} more kinds` : ''} |`);
}
const summary = [...totals].map(([group, t]) => `| ${group} | ${t.files} | ${t.lanesCarried}/${t.lanes} | ${t.tasksCarried}/${t.tasks} | ${t.losses} |`);
const table = [
  '| folder | files imported | lanes carried | tasks carried | losses listed |',
  '|---|---|---|---|---|',
  ...summary,
  '',
  'Tasks, call activities and sub-processes count as carried when they became activities or groups; the rest are listed as losses, so every one is accounted for (test/shared/node/miwgSuite.test.ts).',
  '',
  '| file | maps | lanes carried | tasks carried | losses | kinds of loss |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const text = readFileSync(DOC, 'utf8');
const start = text.indexOf('<!-- miwg-table:start -->');
const end = text.indexOf('<!-- miwg-table:end -->');
if (start < 0 || end < 0) throw new Error('docs/exchange.md has no miwg-table markers');
writeFileSync(DOC, `${text.slice(0, start)}<!-- miwg-table:start -->\n${table}\n${text.slice(end)}`);
