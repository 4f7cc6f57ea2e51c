import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAYERS, REPO_ROOT, judgeImport, layerOf } from '../scripts/layers.mjs';

/** Every .ts/.tsx file under `folder` (relative to the repository), as repository paths. */
function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(REPO_ROOT, folder))) {
    const relative = path.posix.join(folder, entry);
    if (statSync(path.join(REPO_ROOT, relative)).isDirectory()) found.push(...sourceFiles(relative));
    else if (/\.tsx?$/.test(entry)) found.push(relative);
  }
  return found;
}

/** Every module a file names: imports, re-exports, `import type`, `import()` (TypeScript's own scanner). */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** The layer-table verdicts on one file's text: a message per forbidden import. */
function offendersIn(file: string, text: string): string[] {
  return importsOf(text).flatMap((specifier) => judgeImport(file, specifier) ?? []);
}

function offendersUnder(folder: string): string[] {
  return sourceFiles(folder)
    .filter((file) => layerOf(file)?.folder === folder)
    .flatMap((file) => offendersIn(file, readFileSync(path.join(REPO_ROOT, file), 'utf8')));
}

describe('architecture (STYLE.md layers, table in scripts/layers.mjs)', () => {
  it('shared/ (but shared/node/) imports only shared/ and yaml, zod, elkjs: no Node, DOM, React or Electron', () => {
    expect(offendersUnder('shared')).toEqual([]);
  });

  it('shared/node/ imports only shared/ and Node, never Electron or React', () => {
    expect(offendersUnder('shared/node')).toEqual([]);
  });

  it('renderer/ never imports Node built-ins, Electron, electron/ or shared/node/', () => {
    expect(offendersUnder('renderer')).toEqual([]);
  });

  it('electron/ and cli/ import only shared/, shared/node/, themselves and their packages', () => {
    expect([...offendersUnder('electron'), ...offendersUnder('cli')]).toEqual([]);
  });

  it('has no barrel index files and no utils/helpers/manager modules', () => {
    const offenders = ['shared', 'renderer', 'electron', 'cli'].flatMap(sourceFiles).filter((file) => /(^|\/)(index|utils|helpers|manager)\.tsx?$/.test(file));
    expect(offenders).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every forbidden arrow of the table, as a probe file that ESLint and the check above must refuse.

interface Probe {
  readonly file: string;
  readonly specifier: string;
  /** The arrow as the messages write it, e.g. `shared/ → renderer/`. */
  readonly arrow: string;
}

const FOLDERS = [...LAYERS.map((layer) => layer.folder), 'test'];

/** A relative path from `file` to a module in `folder`. */
function relativeTo(file: string, folder: string): string {
  const specifier = path.posix.relative(path.posix.dirname(file), `${folder}/probeTarget`);
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

const forbiddenFolderArrows: Probe[] = LAYERS.flatMap((layer) =>
  FOLDERS.filter((folder) => folder !== layer.folder && !layer.mayImport.includes(folder)).map((folder) => {
    const file = `${layer.folder}/probe/probe.ts`;
    return { file, specifier: relativeTo(file, folder), arrow: `${layer.folder}/ → ${folder}/` };
  }),
);

const FORBIDDEN_PACKAGES: Record<string, readonly string[]> = {
  shared: ['node:fs', 'fs', 'react', '@xyflow/react', 'electron', '@resvg/resvg-js'],
  'shared/node': ['react', 'react-dom/client', 'electron'],
  renderer: ['node:fs', 'path', 'electron', 'electron/main'],
  electron: ['react', '@xyflow/react'],
  cli: ['react', 'electron'],
};

const forbiddenPackageArrows: Probe[] = Object.entries(FORBIDDEN_PACKAGES).flatMap(([folder, specifiers]) =>
  specifiers.map((specifier) => {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    return { file: `${folder}/probe/probe.ts`, specifier, arrow: `${folder}/ → ${name === 'fs' || name === 'path' ? `node:${name}` : name}` };
  }),
);

/** The two holes the issue found: relative imports that passed lint, the test and tsc. */
const namedHoles: Probe[] = [
  { file: 'shared/diff/probe.ts', specifier: '../../renderer/canvas/flowOrder', arrow: 'shared/ → renderer/' },
  { file: 'renderer/state/probe.ts', specifier: '../../electron/launchArgs', arrow: 'renderer/ → electron/' },
  { file: 'renderer/state/probe.ts', specifier: '../../shared/node/atomicSave', arrow: 'renderer/ → shared/node/' },
  { file: 'shared/rules/probe.ts', specifier: '../node/mapFiles', arrow: 'shared/ → shared/node/' },
];

const probes = [...namedHoles, ...forbiddenFolderArrows, ...forbiddenPackageArrows];

const probeText = (probe: Probe) => `import { probeTarget } from '${probe.specifier}';\nexport const probe = probeTarget;\n`;

describe('each forbidden arrow of the layer table is refused, naming the file and the arrow', () => {
  it('covers every layer against every folder it may not import', () => {
    // then: one probe per layer and forbidden folder (and the arrows exist, e.g. shared/ → cli/)
    expect(forbiddenFolderArrows.map((probe) => probe.arrow)).toEqual(expect.arrayContaining(['shared/ → renderer/', 'shared/ → shared/node/', 'renderer/ → electron/', 'renderer/ → shared/node/', 'cli/ → renderer/', 'shared/node/ → electron/']));
    expect(forbiddenFolderArrows.length).toBe(LAYERS.reduce((sum, layer) => sum + FOLDERS.filter((folder) => folder !== layer.folder && !layer.mayImport.includes(folder)).length, 0));
  });

  it.each(probes)('the architecture check refuses $file importing $specifier ($arrow)', (probe) => {
    // when
    const offenders = offendersIn(probe.file, probeText(probe));
    // then
    expect(offenders).toHaveLength(1);
    expect(offenders[0]).toContain(probe.file);
    expect(offenders[0]).toContain(`the arrow ${probe.arrow}`);
  });

  it('ESLint refuses every probe with the same verdict', { timeout: 60_000 }, async () => {
    // given
    const eslint = new ESLint({ cwd: REPO_ROOT });
    // when
    const verdicts = await Promise.all(
      probes.map(async (probe) => {
        const [result] = await eslint.lintText(probeText(probe), { filePath: path.join(REPO_ROOT, probe.file) });
        return result!.messages.filter((message) => message.ruleId === 'layers/allowed-imports').map((message) => message.message);
      }),
    );
    // then
    expect(verdicts).toEqual(probes.map((probe) => [expect.stringContaining(`${probe.file} imports ${probe.specifier}`)]));
    expect(verdicts.map(([message]) => message)).toEqual(probes.map((probe) => expect.stringContaining(`the arrow ${probe.arrow}`)));
  });

  it('lets the allowed arrows through, in ESLint and the check alike', async () => {
    // given
    const allowed: Probe[] = [
      { file: 'renderer/state/probe.ts', specifier: '../../shared/model/schema', arrow: 'renderer/ → shared/' },
      { file: 'shared/node/probe.ts', specifier: '../model/schema', arrow: 'shared/node/ → shared/' },
      { file: 'cli/commands/probe.ts', specifier: '../../shared/node/atomicSave', arrow: 'cli/ → shared/node/' },
      { file: 'electron/probe.ts', specifier: 'node:fs', arrow: 'electron/ → node:fs' },
      { file: 'renderer/probe.ts', specifier: '@codemirror/view', arrow: 'renderer/ → @codemirror/view' },
    ];
    const eslint = new ESLint({ cwd: REPO_ROOT });
    // when
    const checked = allowed.flatMap((probe) => offendersIn(probe.file, probeText(probe)));
    const linted = await Promise.all(allowed.map(async (probe) => (await eslint.lintText(probeText(probe), { filePath: path.join(REPO_ROOT, probe.file) }))[0]!.messages.filter((message) => message.ruleId === 'layers/allowed-imports')));
    // then
    expect(checked).toEqual([]);
    expect(linted.flat()).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Folder-level cycles inside shared/: a folder (shared/yaml, shared/rules, …) must not reach back
// to itself through the folders it imports.

/** The folder of shared/ a repository path belongs to (`shared/yaml`), or `shared` for a top-level file. */
function sharedFolderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function sharedFolderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles('shared')) {
    const from = sharedFolderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const specifier of importsOf(readFileSync(path.join(REPO_ROOT, file), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (!target.startsWith('shared/')) continue;
      const to = sharedFolderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The cycles of a directed graph, one per strongly connected component of two or more folders. */
function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const next = stack.pop()!;
      for (const neighbour of graph.get(next) ?? []) {
        if (neighbour === to) return true;
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          stack.push(neighbour);
        }
      }
    }
    return false;
  };
  const components: string[][] = [];
  const placed = new Set<string>();
  for (const folder of [...graph.keys()].sort()) {
    if (placed.has(folder)) continue;
    const component = [...graph.keys()].filter((other) => other === folder || (reaches(folder, other) && reaches(other, folder))).sort();
    component.forEach((member) => placed.add(member));
    if (component.length > 1) components.push(component);
  }
  return components;
}

describe('folders of shared/ import each other without cycles', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    // given
    const graph = new Map([
      ['shared/yaml', new Set(['shared/rules'])],
      ['shared/rules', new Set(['shared/workspace'])],
      ['shared/workspace', new Set(['shared/yaml'])],
      ['shared/model', new Set<string>()],
    ]);
    // then
    expect(cyclesOf(graph)).toEqual([['shared/rules', 'shared/workspace', 'shared/yaml']]);
  });

  it('has no folder-level import cycle inside shared/', () => {
    // when
    const cycles = cyclesOf(sharedFolderGraph());
    // then
    expect(cycles).toEqual([]);
  });
});
