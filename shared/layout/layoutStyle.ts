/** Sizes and fonts of the diagram, shared by layout and rendering so that both agree. */
import { lineHeightOf } from '../text/measureText';
import type { TextFont } from '../text/measureText';

export const FONTS = {
  title: { size: 18, face: 'bold' },
  activity: { size: 12, face: 'regular' },
  lane: { size: 12, face: 'bold' },
  phase: { size: 12, face: 'bold' },
  group: { size: 11, face: 'italic' },
  output: { size: 11, face: 'regular' },
  condition: { size: 11, face: 'italic' },
  terminal: { size: 11, face: 'regular' },
  badge: { size: 10, face: 'bold' },
  trigger: { size: 11, face: 'regular' },
} as const satisfies Record<string, TextFont>;

/** Parallel lines stay at least a label line apart (never under 12 px), so a label or a hop fits between them. */
const LINE_GAP = Math.max(12, lineHeightOf(FONTS.output));

export const SIZES = {
  margin: 20,
  titleGap: 14,
  activityWidth: 150,
  activityMinHeight: 56,
  activityPadding: 8,
  /** Extra top padding in an activity that carries trigger badges. */
  badgeRow: 16,
  badgeRadius: 7,
  terminalTextWidth: 120,
  labelWidth: 140,
  laneHeaderWidth: 112,
  laneHeaderMaxWidth: 220,
  lanePadding: 16,
  phaseHeaderPadding: 6,
  circleRadius: 6,
  iconWidth: 20,
  iconHeight: 24,
  stubLength: 18,
  nodeGap: 24,
  dummyGap: 10,
  /** Space between a label and its own line below it. */
  labelGap: 3,
  /** Space between a label and the line above it: larger, so a label reads as its own line's. */
  labelClearance: 9,
  portGap: 10,
  portMargin: 8,
  channelPadding: 16,
  trackSpacing: LINE_GAP,
  minChannel: 36,
  groupPadding: 10,
  corridorSpacing: LINE_GAP,
  triggerGap: 16,
} as const;
