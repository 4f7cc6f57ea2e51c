/** Messages between the editor and its two workers: layout (fast, every edit) and validation (slower, may lag). */
import type { MapGeometry } from '../../shared/layout/geometry';
import type { ProcessMap } from '../../shared/model/schema';
import type { EffectiveRule } from '../../shared/rules/config';
import type { Issue } from '../../shared/model/issue';
import type { GeometryPayload } from './geometryDelta';

/** Names the layout looked up outside the map, so the export can draw the same picture without the workspace. */
export interface ResolvedNames {
  readonly actors: Readonly<Record<string, string>>;
  /** Map id → activity id → name. */
  readonly activities: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Other maps of the workspace (the model library), so cross-map references resolve. */
export interface WorkspaceMessage {
  readonly type: 'workspace';
  readonly files: readonly { readonly name: string; readonly text: string }[];
}

/** The severity and options of each rule (from the config files the CLI would use); null: the defaults. */
export interface RulesMessage {
  readonly type: 'rules';
  readonly rules: Readonly<Record<string, EffectiveRule>> | null;
}

export type LayoutRequest =
  /** `isFull`: send the whole geometry, not changes to the last one (the main thread lost track). */
  | { readonly type: 'layout'; readonly seq: number; readonly map: ProcessMap; readonly fileName: string; readonly isFull?: boolean }
  /** Opening a file: the worker parses it, answers `parsed`, then lays it out. The main thread never parses big files. */
  | { readonly type: 'open'; readonly seq: number; readonly text: string; readonly fileName: string };

export interface ValidationRequest {
  readonly type: 'validate';
  readonly seq: number;
  readonly map: ProcessMap;
  /** The text the map was last saved as: validation runs on the text it would be saved as now. */
  readonly savedText: string;
  readonly fileName: string;
  /** The document's text when it is not the map's (it does not parse as a map): validated as it is. */
  readonly text?: string;
}

export type LayoutResponse =
  /** The file of an `open` request, parsed and validated against the schema; `map` is absent when it is not a valid map. */
  | { readonly type: 'parsed'; readonly seq: number; readonly map?: ProcessMap; readonly issues: readonly Issue[] }
  /** The geometry as changes to the last one sent (geometryDelta.ts); `layoutMs`: time the layout took in the worker; `names`: names it took from the workspace. */
  | { readonly type: 'geometry'; readonly seq: number; readonly payload: GeometryPayload; readonly layoutMs: number; readonly names: ResolvedNames }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };

export interface ValidationResponse {
  readonly type: 'issues';
  readonly seq: number;
  readonly issues: readonly Issue[];
  /** The text the map would be saved as (validated above), reused for crash backups. */
  readonly text: string;
}

/** What the compare view draws: the two maps side by side, or laid over each other. */
export type ComparePictureMode = 'side-by-side' | 'overlay';

/** Asks the compare worker to lay out and draw `before` (the open map) and `after` (the other) for one mode. */
export interface ComparePictureRequest {
  readonly seq: number;
  readonly mode: ComparePictureMode;
  readonly before: ProcessMap;
  readonly after: ProcessMap;
  /** File name of `before` (the open map), for finding its actor catalogue. */
  readonly fileName?: string;
  /** The editor's layout of `before`, when it has one: side by side reuses it instead of laying out again. */
  readonly beforeGeometry?: MapGeometry;
}

/** One pane's picture: the geometry it was laid out with and the SVG drawn from it (without its ghosts). */
export interface PanePicture {
  readonly geometry: MapGeometry;
  readonly svg: string;
}

export type ComparePictureResponse =
  | { readonly type: 'side-by-side'; readonly seq: number; readonly before: PanePicture; readonly after: PanePicture }
  /** `ghosts`: element keys (`activities:D2`) of one-sided nodes and flows, left out of `svg` for the pane to draw. */
  | { readonly type: 'overlay'; readonly seq: number; readonly overlay: PanePicture; readonly onlyBefore: readonly string[]; readonly onlyAfter: readonly string[] }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };
