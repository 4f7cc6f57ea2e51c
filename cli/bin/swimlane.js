#!/usr/bin/env node
// Entry point of the `swimlane` command. The installed package runs the plain JavaScript built at
// pack time (dist/cli/swimlane.js); a checkout of the project, which has the TypeScript source,
// runs the source through tsx so that an edit shows without a rebuild.
import { existsSync } from 'node:fs';

const source = new URL('../main.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../../dist/cli/swimlane.js'));
}
process.exitCode = await main(process.argv.slice(2));
