import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

/** Every .ts/.tsx file under `folder`. */
function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) found.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry)) found.push(full);
  }
  return found;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2]!);
}

const nodeModules = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const isUi = (spec: string): boolean => /^(react|react-dom|@xyflow\/)/.test(spec);
const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/');

describe('architecture (STYLE.md layers)', () => {
  it('shared/ (but shared/node/) imports only yaml, zod, elkjs, bpmn-moddle and itself: no Node, DOM, React or Electron', () => {
    const offenders = sourceFiles('shared')
      .filter((file) => !file.startsWith(path.join('shared', 'node')))
      .flatMap((file) => importsOf(file).filter((spec) => !spec.startsWith('.') && !/^(yaml|zod|elkjs|bpmn-moddle)(\/|$)/.test(spec)).map((spec) => `${file} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('shared/ never reaches into shared/node/ except from shared/node/ itself', () => {
    const offenders = sourceFiles('shared')
      .filter((file) => !file.startsWith(path.join('shared', 'node')))
      .flatMap((file) => importsOf(file).filter((spec) => spec.includes('/node/')).map((spec) => `${file} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('shared/node/ and cli/ never import Electron or React', () => {
    const offenders = [...sourceFiles('shared/node'), ...sourceFiles('cli')].flatMap((file) =>
      importsOf(file).filter((spec) => isElectron(spec) || isUi(spec)).map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('renderer/ never imports Node built-ins, Electron or shared/node/', () => {
    const offenders = sourceFiles('renderer').flatMap((file) =>
      importsOf(file).filter((spec) => nodeModules.has(spec) || isElectron(spec) || spec.includes('shared/node/')).map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no barrel index files and no utils/helpers/manager modules', () => {
    const offenders = ['shared', 'renderer', 'electron', 'cli'].flatMap(sourceFiles).filter((file) => /(^|\/)(index|utils|helpers|manager)\.tsx?$/.test(file));
    expect(offenders).toEqual([]);
  });
});
