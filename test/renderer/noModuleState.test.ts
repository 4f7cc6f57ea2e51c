/**
 * The editor's state belongs to its session (`createEditorSession`), not to modules: a module-level
 * `let` on the main thread is state two sessions (or two tests) would share. Workers run in a
 * context of their own and may keep theirs; a few lazy one-time initialisers are allowed by name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(__dirname, '../../renderer');

/** Lazy initialisers of constants (a schema, a WebAssembly module, a memo of a pure function). */
const ALLOWED = new Set(['renderer/source/SourceView.tsx:schemaOnce', 'renderer/export/rasterise.ts:initialised', 'renderer/canvas/canvasNodes.ts:lastOrder']);

function mainThreadFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return mainThreadFiles(full);
    return /\.tsx?$/.test(entry) && !/Worker\.ts$/.test(entry) ? [full] : [];
  });
}

/** `file:name` of every top-level `let`/`var` declaration in a source text. */
function moduleVariables(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return source.statements.flatMap((statement) => {
    if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.Const) return [];
    return statement.declarationList.declarations.map((declaration) => `${file}:${declaration.name.getText(source)}`);
  });
}

describe('renderer module state', () => {
  it('finds a module-level let in a probe text (the scan can fail)', () => {
    // given a text with a module-level let and a const
    const text = 'let worker: Worker | null = null;\nconst LIMIT = 3;\nfunction f() { let local = 1; return local; }';
    // when scanned / then only the let is reported
    expect(moduleVariables('renderer/probe.ts', text)).toEqual(['renderer/probe.ts:worker']);
  });

  it('keeps no module-level mutable state on the main thread outside the allowed initialisers', () => {
    // given every main-thread source file of the renderer
    const found = mainThreadFiles(RENDERER).flatMap((file) => {
      const relative = path.relative(path.resolve(RENDERER, '..'), file).split(path.sep).join('/');
      return moduleVariables(relative, readFileSync(file, 'utf8'));
    });
    // when / then every module-level variable is an allowed lazy initialiser
    expect(found.filter((entry) => !ALLOWED.has(entry))).toEqual([]);
  });
});
