/** The diagram's colours, shared by the SVG and the PDF export so that both print the same picture. */
export const DIAGRAM_COLORS = {
  ink: '#1f2328',
  muted: '#57606a',
  laneFill: ['#f6f8fa', '#ffffff'],
  phaseFill: ['#eef4fb', '#f8fbfe'],
  laneHeaderFill: '#e8ecf0',
} as const;
