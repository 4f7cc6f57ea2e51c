import { memo } from 'react';
import type { PlacedText } from '../../shared/layout/geometry';
import { baselineOffset } from '../../shared/text/measureText';

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

/** A placed, pre-wrapped text block drawn as SVG text: one `<tspan>` per line, never HTML. */
export const SvgText = memo(function SvgText({ text, className }: { text: PlacedText; className?: string }) {
  const { block } = text;
  // `text.x` is the anchor: the left end, centre or right end of the lines, as in the SVG export.
  const x = text.x;
  const top = text.y + baselineOffset(block.font);
  return (
    <text
      className={className}
      x={x}
      y={top}
      textAnchor={ANCHOR[text.align]}
      fontSize={block.font.size}
      fontWeight={block.font.face === 'bold' ? 'bold' : undefined}
      fontStyle={block.font.face === 'italic' ? 'italic' : undefined}
    >
      {block.lines.map((line, index) => (
        <tspan key={index} x={x} y={top + index * block.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
});
