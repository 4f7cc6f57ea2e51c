/**
 * The geometry of a laid-out map: everything the SVG renderer and the editor canvas draw, in px,
 * with y growing downwards. Produced by `layoutMap`; plain data.
 */
import type { TextBlock } from '../text/measureText';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A text block placed with its top-left corner at (x, y); `align` says how lines sit in `block.width`. */
export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly block: TextBlock;
  readonly align: 'start' | 'middle' | 'end';
}

/** The symbol drawn for a node, after the report's Table 3. */
export type NodeSymbol =
  | 'box'
  | 'start-plain'
  | 'start-open-circle'
  | 'start-filled-circle'
  | 'end-plain'
  | 'end-archive'
  | 'end-document'
  | 'end-label'
  | 'end-filled-circle';

export interface NodeGeometry extends Box {
  readonly id: string;
  readonly kind: 'activity' | 'initiation' | 'termination';
  readonly symbol: NodeSymbol;
  /** Lane id, or undefined in a map without lanes. */
  readonly lane: string | undefined;
  readonly column: number;
  /** Position inside its column×lane cell, top to bottom. */
  readonly order: number;
  readonly text: PlacedText | undefined;
  /** Centre of the circle or icon for initiations and terminations. */
  readonly anchor: Point | undefined;
  /** Numbers of the trigger notes that start this activity, drawn as badges. */
  readonly triggers: readonly { readonly number: string; readonly center: Point }[];
  /** Plain-language name for accessibility (`<title>`). */
  readonly title: string;
}

export interface LaneGeometry extends Box {
  readonly id: string;
  /** Full header text, unwrapped. */
  readonly title: string;
  readonly header: Box;
  readonly label: PlacedText;
}

export interface PhaseGeometry extends Box {
  readonly id: string;
  readonly title: string;
  readonly header: Box;
  readonly label: PlacedText;
}

export interface GroupGeometry extends Box {
  readonly id: string;
  readonly title: string;
  readonly label: PlacedText | undefined;
}

/** A flow label: italic condition first, then the plain output names, stacked above its line. */
export interface LabelGeometry extends Box {
  readonly flow: string;
  readonly condition: PlacedText | undefined;
  readonly outputs: PlacedText | undefined;
}

export interface EdgeGeometry {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Orthogonal polyline from the source port to the target port. */
  readonly points: readonly Point[];
  /** Whether an arrowhead is drawn at the last point. */
  readonly arrow: boolean;
  /** Fork points (where forked alternative inputs or outputs meet), drawn as small dots. */
  readonly forks: readonly Point[];
  readonly label: LabelGeometry | undefined;
}

export interface TriggerNoteGeometry extends Box {
  readonly number: string;
  readonly text: PlacedText;
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly title: PlacedText;
  readonly lanes: readonly LaneGeometry[];
  readonly phases: readonly PhaseGeometry[];
  readonly groups: readonly GroupGeometry[];
  readonly nodes: readonly NodeGeometry[];
  readonly edges: readonly EdgeGeometry[];
  readonly triggerNotes: readonly TriggerNoteGeometry[];
  /** Box that holds the trigger notes, if any. */
  readonly triggerPanel: Box | undefined;
}
