// Bundles the `swimlane` CLI and the parts of shared/ it uses into one plain JavaScript file,
// dist/cli/swimlane.js, so the installed package starts without a TypeScript loader.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <folder>` builds elsewhere (a test); the package itself uses dist/cli.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : join(root, 'dist', 'cli');

await build({
  entryPoints: ['cli/main.ts'],
  outfile: join(outdir, 'swimlane.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  absWorkingDir: root,
  logLevel: 'warning',
  // A native module and font files found at run time: installed as the package's dependencies.
  external: ['@resvg/resvg-js', 'dejavu-fonts-ttf'],
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __swimlaneCreateRequire } from 'node:module'; const require = __swimlaneCreateRequire(import.meta.url);" },
});
// Quiet on success: `npm pack --json` prints its report on the same standard output.
