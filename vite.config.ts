// Builds the renderer (React UI) into dist/renderer and serves the model library beside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'renderer');
/** The library folder to ship; tests point it at a fixture library with SWIMLANE_LIBRARY_DIR. */
const libraryDir = resolve(import.meta.dirname, process.env.SWIMLANE_LIBRARY_DIR ?? 'model-library');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Library-relative paths of the YAML files among `files`. */
function yamlFilesOf(files: readonly string[]): string[] {
  return files.filter((file) => /\.ya?ml$/.test(file)).map((file) => relative(libraryDir, file).split(sep).join('/'));
}

const shipped = (path: string) => /\.(ya?ml|json)$/.test(path);

/** Serves `model-library/` at `./model-library/` in dev and copies its YAML and JSON into the build. */
function modelLibrary(): Plugin {
  return {
    name: 'swimlane-model-library',
    configureServer(server) {
      server.middlewares.use('/model-library/', (request, response, next) => {
        if (request.url === '/files.json') {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(yamlFilesOf(listFiles(libraryDir))));
          return;
        }
        const path = resolve(libraryDir, decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, '')));
        if (!path.startsWith(libraryDir + sep) || !existsSync(path) || !shipped(path)) return next();
        response.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'text/yaml; charset=utf-8');
        response.end(readFileSync(path));
      });
    },
    generateBundle() {
      const files = listFiles(libraryDir).filter(shipped);
      for (const file of files) {
        const name = relative(libraryDir, file).split(sep).join('/');
        this.emitFile({ type: 'asset', fileName: `model-library/${name}`, source: readFileSync(file) });
      }
      // Without a generated index the browser host lists the files it is given here.
      this.emitFile({ type: 'asset', fileName: 'model-library/files.json', source: JSON.stringify(yamlFilesOf(files)) });
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), modelLibrary()],
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
