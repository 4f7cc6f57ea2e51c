// The layers of STYLE.md, listed once: what code in each folder may import. ESLint
// (scripts/eslintLayersPlugin.mjs) and test/architecture.test.ts both judge imports with
// `judgeImport`, by the folder an import resolves to, so a relative import cannot slip across.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each layer: its folder, the layers it may import from (its own included), and the packages it
 * may import (`node:*` = Node built-ins; `@scope/*` = every package of a scope). The most specific
 * folder wins, so `shared/node/` is not judged as `shared/`.
 */
export const LAYERS = [
  {
    folder: 'shared',
    why: 'shared/ is the pure core: no Node, DOM, React or Electron',
    mayImport: ['shared'],
    packages: ['yaml', 'zod', 'elkjs', 'bpmn-moddle'],
  },
  {
    folder: 'shared/node',
    why: 'shared/node/ holds Node-only helpers for the CLI and the main process: never Electron or React',
    mayImport: ['shared', 'shared/node'],
    packages: ['node:*', 'yaml', 'zod', 'elkjs', 'bpmn-moddle', '@resvg/resvg-js', 'dejavu-fonts-ttf', 'pdfkit'],
  },
  {
    folder: 'renderer',
    why: 'renderer/ reaches the host only through the Host facade: no Node, Electron or shared/node/',
    mayImport: ['renderer', 'shared'],
    packages: ['yaml', 'zod', 'elkjs', 'bpmn-moddle', 'react', 'react-dom', '@xyflow/*', 'codemirror', '@codemirror/*', 'dejavu-fonts-ttf', '@resvg/resvg-wasm', 'pdfkit'],
  },
  {
    folder: 'electron',
    why: 'electron/ is the thin main process and preload over shared/ and shared/node/',
    mayImport: ['electron', 'shared', 'shared/node'],
    packages: ['electron', 'node:*', 'yaml', 'zod'],
  },
  {
    folder: 'cli',
    why: 'cli/ is a plain Node entry point over shared/ and shared/node/',
    mayImport: ['cli', 'shared', 'shared/node'],
    packages: ['node:*', 'yaml', 'zod', 'elkjs'],
  },
];

const builtins = new Set(builtinModules);

/** The layer (most specific folder first) a repository-relative path lies in, or undefined. */
export function layerOf(repoPath) {
  const posix = repoPath.split(path.sep).join('/');
  return [...LAYERS].sort((a, b) => b.folder.length - a.folder.length).find((layer) => posix === layer.folder || posix.startsWith(`${layer.folder}/`));
}

/** `react-dom/client?x` → `react-dom`, `@xyflow/react/dist` → `@xyflow/react`, `fs` → `node:fs`. */
function packageOf(specifier) {
  const bare = specifier.split('?')[0];
  if (bare.startsWith('node:')) return bare.split('/')[0];
  const parts = bare.split('/');
  const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtins.has(name) ? `node:${name}` : name;
}

function allows(pattern, name) {
  if (pattern === 'node:*') return name.startsWith('node:');
  if (pattern.endsWith('/*')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

/**
 * Judges one import of `file` (absolute, or relative to the repository). Returns null when the
 * import is allowed, or a message naming the file, the arrow and what the layer may import.
 */
export function judgeImport(file, specifier) {
  const absolute = path.resolve(REPO_ROOT, file);
  const from = path.relative(REPO_ROOT, absolute).split(path.sep).join('/');
  const layer = layerOf(from);
  if (!layer) return null;
  const allowed = `${layer.folder}/ may import ${layer.mayImport.map((folder) => `${folder}/`).join(', ')} and ${layer.packages.join(', ')}`;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.relative(REPO_ROOT, path.resolve(path.dirname(absolute), specifier.split('?')[0])).split(path.sep).join('/');
    const targetLayer = layerOf(target);
    if (targetLayer && layer.mayImport.includes(targetLayer.folder)) return null;
    const where = targetLayer ? `${targetLayer.folder}/` : target.startsWith('..') ? 'outside the repository' : `${target.split('/')[0]}/`;
    return `${from} imports ${specifier}, which resolves to ${target}: the arrow ${layer.folder}/ → ${where} is not allowed (${layer.why}; ${allowed}; STYLE.md, Layers)`;
  }
  const name = packageOf(specifier);
  if (layer.packages.some((pattern) => allows(pattern, name))) return null;
  return `${from} imports ${specifier}, a package: the arrow ${layer.folder}/ → ${name} is not allowed (${layer.why}; ${allowed}; STYLE.md, Layers)`;
}
