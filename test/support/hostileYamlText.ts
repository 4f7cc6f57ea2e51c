/**
 * Hostile edits of random YAML texts for the differential test of the loader against the `yaml`
 * package: lone CRs and CRLFs, tags (core, 1.1 and custom), keys named like `Object.prototype`
 * members, and keys that collide once read as strings (`7` / `"7"`, `true` / `"true"`).
 */
import { randomSource } from './randomYamlText';

const TAGS = ['!!binary aGVsbG8=', '!!str 7', '!!int 7', '!!float 1', '!!bool true', '!!null', '!t x', '!!set {a}', '!!timestamp 2001-12-14', '!<tag:yaml.org,2002:str> s'];
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const COLLIDING_KEYS: readonly (readonly [string, string])[] = [
  ['7', '"7"'], ['true', '"true"'], ['0x10', '"16"'], ['1.5', '"1.5"'], ['null', '""'], ['~', "''"], ['1e2', '"100"'], ["'a'", 'a'],
];

/** `text` with one to three hostile edits at random lines; `seed` fixes them. */
export function hostileYamlText(text: string, seed: number): string {
  const next = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let lines = text.split('\n');
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (lines.length + 1));
    const indent = ' '.repeat((lines[at]?.match(/^ */)?.[0].length ?? 0));
    const roll = next();
    if (roll < 0.25) {
      // A lone CR or a CRLF at a line end, or a CR inside a line.
      const line = lines[at] ?? '';
      const cut = Math.floor(next() * (line.length + 1));
      lines[at] = pick([`${line}\r`, `${line}\r\r`, `${line.slice(0, cut)}\r${line.slice(cut)}`]);
    } else if (roll < 0.45) {
      lines.splice(at, 0, `${indent}${pick(['k', 'a', 'name'])}: ${pick(TAGS)}`);
    } else if (roll < 0.65) {
      lines.splice(at, 0, ...pick([[`${indent}${pick(PROTOTYPE_KEYS)}:`, `${indent}  x: 1`], [`${indent}${pick(PROTOTYPE_KEYS)}: v`]]));
    } else {
      const [plain, quoted] = pick(COLLIDING_KEYS);
      lines.splice(at, 0, `${indent}${plain}: one`, `${indent}${quoted}: two`);
    }
  }
  if (next() < 0.3) lines = lines.map((line) => `${line}\r`);
  return lines.join('\n');
}
