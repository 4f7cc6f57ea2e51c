// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS) into dist/electron/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <folder>` builds elsewhere (the bundle test); the app itself uses dist/electron.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : join(root, 'dist', 'electron');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: join(outdir, 'main.js'),
    format: 'esm',
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __swimlaneCreateRequire } from 'node:module'; const require = __swimlaneCreateRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
    format: 'cjs',
  }),
]);
console.log(`built ${join(outdir, 'main.js')} and ${join(outdir, 'preload.cjs')}`);
