// Types of scripts/layers.mjs for the TypeScript tests that read the layer table.
export interface Layer {
  readonly folder: string;
  readonly why: string;
  readonly mayImport: readonly string[];
  readonly packages: readonly string[];
}
export const REPO_ROOT: string;
export const LAYERS: readonly Layer[];
export function layerOf(repoPath: string): Layer | undefined;
export function judgeImport(file: string, specifier: string): string | null;
