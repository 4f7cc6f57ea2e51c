// Renders build/icon.svg to build/icon.png (1024 px), the icon electron-builder turns into each
// platform's format.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const build = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
const png = new Resvg(readFileSync(join(build, 'icon.svg'), 'utf8'), { fitTo: { mode: 'width', value: 1024 } }).render().asPng();
writeFileSync(join(build, 'icon.png'), png);
console.log(`wrote build/icon.png (${png.length} bytes)`);
