import { memo, useEffect, useMemo, useRef } from 'react';
import type { ElementKey } from '../../shared/diff/overlayMaps';
import type { Box, MapGeometry } from '../../shared/layout/geometry';
import type { PanePicture } from '../analysis/analysisProtocol';
import { boundsOf, elementAt, nodeKey } from './comparePicture';
import type { ElementMark } from './compareMarks';
import type { ScrollLink } from './scrollLink';
import type { CompareMark } from '../session/editorStore';
import { SvgText } from '../canvas/SvgText';

/** The text cue of each mark (never colour alone): a sign and a word. */
export const MARK_TAGS: Readonly<Record<CompareMark, string>> = {
  added: '+ added',
  removed: '− removed',
  changed: '~ changed',
  moved: '→ moved',
};

const PAD = 5;
const TAG_HEIGHT = 15;

function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}

/** The tag above an element: sign and word on the mark's colour, kept readable when zoomed out (`scale`). */
function Tag({ box, mark, scale }: { box: Box; mark: CompareMark; scale: number }) {
  const text = MARK_TAGS[mark];
  const width = (text.length * 7 + 8) * scale;
  const height = TAG_HEIGHT * scale;
  const x = box.x - PAD;
  const y = Math.max(0, box.y - PAD - height);
  return (
    <g className="mark-tag" aria-hidden="true">
      <rect x={x} y={y} width={width} height={height} rx={3 * scale} />
      <text x={x + 4 * scale} y={y + 11 * scale} fontSize={10.5 * scale} fontWeight="bold">
        {text}
      </text>
    </g>
  );
}

/** A mark around a drawn element: an outline whose dash pattern and tag say how it differs. */
function MarkShape({ elementKey, mark, geometry, tagScale }: { elementKey: string; mark: ElementMark; geometry: MapGeometry; tagScale: number }) {
  const box = boundsOf(elementKey, geometry);
  if (!box) return null;
  const edge = elementKey.startsWith('flows:') ? geometry.edges.find((candidate) => `flows:${candidate.id}` === elementKey) : undefined;
  return (
    <g className={`mark mark-${mark.mark}`} data-key={elementKey} data-mark={mark.mark}>
      <title>{mark.reasons.join('\n')}</title>
      {edge ? (
        <path className="mark-line" d={pathOf(edge.points)} />
      ) : (
        <rect className="mark-outline" x={box.x - PAD} y={box.y - PAD} width={box.width + 2 * PAD} height={box.height + 2 * PAD} rx={4} />
      )}
      <Tag box={box} mark={mark.mark} scale={tagScale} />
    </g>
  );
}

/** An element only one of the maps has, drawn where the overlay's layout puts it: dashed, faint, tagged. */
function Ghost({ elementKey, mark, geometry, tagScale }: { elementKey: string; mark: 'added' | 'removed'; geometry: MapGeometry; tagScale: number }) {
  const node = elementKey.startsWith('flows:') ? undefined : geometry.nodes.find((candidate) => nodeKey(candidate) === elementKey);
  const edge = node ? undefined : geometry.edges.find((candidate) => `flows:${candidate.id}` === elementKey);
  const box = boundsOf(elementKey, geometry);
  if (!box || (!node && !edge)) return null;
  const label = `${MARK_TAGS[mark]}: ${node ? node.title : `flow ${edge!.from} → ${edge!.to}`}`;
  return (
    <g className={`ghost ghost-${mark}`} data-key={elementKey} data-mark={mark}>
      <title>{label}</title>
      {node ? (
        <>
          <rect className="ghost-box" x={node.x} y={node.y} width={node.width} height={node.height} rx={2} />
          {node.text ? <SvgText text={node.text} className="ghost-text" /> : null}
          {mark === 'removed' ? <path className="ghost-strike" d={`M${node.x} ${node.y + node.height} L${node.x + node.width} ${node.y}`} /> : null}
        </>
      ) : (
        <>
          <path className="ghost-line" d={pathOf(edge!.points)} />
          {edge!.label?.condition ? <SvgText text={edge!.label.condition} className="ghost-text" /> : null}
          {edge!.label?.outputs ? <SvgText text={edge!.label.outputs} className="ghost-text" /> : null}
        </>
      )}
      <Tag box={box} mark={mark} scale={tagScale} />
    </g>
  );
}

export interface ComparePaneProps {
  readonly label: string;
  /** `before`: the open map; `after`: the other; `overlay`: both laid over each other. */
  readonly side: 'before' | 'after' | 'overlay';
  readonly picture: PanePicture;
  readonly marks: ReadonlyMap<ElementKey, ElementMark>;
  /** Overlay only: the one-sided nodes and flows, which the picture leaves out. */
  readonly ghosts?: { readonly onlyBefore: readonly string[]; readonly onlyAfter: readonly string[] };
  readonly focus: { readonly keys: readonly string[]; readonly seq: number } | null;
  readonly zoom: number;
  readonly onPick: (key: ElementKey) => void;
  /** Side by side: the link that scrolls both panes together (absent: this pane scrolls alone). */
  readonly scrollLink?: ScrollLink;
}

/**
 * One map of a comparison: the map drawn once as an image by the shared SVG renderer (cheap to show
 * and scroll, however big), with only the differences drawn above it as SVG — marks, ghosts and
 * the outline of the element chosen in the change list.
 */
export const ComparePane = memo(function ComparePane({ label, side, picture, marks, ghosts, focus, zoom, onPick, scrollLink }: ComparePaneProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => (scroller.current && scrollLink ? scrollLink.attach(scroller.current) : undefined), [scrollLink]);
  const linkNow = useRef(scrollLink);
  linkNow.current = scrollLink;
  const { geometry } = picture;
  const url = useMemo(() => URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' })), [picture.svg]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const ghostKeys = useMemo(() => new Set([...(ghosts?.onlyBefore ?? []), ...(ghosts?.onlyAfter ?? [])]), [ghosts]);

  const focusBoxes = useMemo(() => (focus?.keys ?? []).map((key) => boundsOf(key, geometry)).filter((box): box is Box => box !== undefined), [focus, geometry]);
  useEffect(() => {
    const element = scroller.current;
    const box = focusBoxes[0];
    if (!element || !box) return;
    // Each pane centres the chosen element in its own picture; the link must not undo that.
    linkNow.current?.hold();
    element.scrollTo({ left: (box.x + box.width / 2) * zoom - element.clientWidth / 2, top: (box.y + box.height / 2) * zoom - element.clientHeight / 2 });
  }, [focusBoxes, zoom]);

  const onClick = (event: React.MouseEvent<SVGSVGElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const key = elementAt(geometry, { x: (event.clientX - bounds.left) / zoom, y: (event.clientY - bounds.top) / zoom });
    if (key) onPick(key);
  };

  // Tags keep about the size they have at 100 % until the picture is very small.
  const tagScale = Math.min(2, 0.75 / zoom);
  const width = geometry.width * zoom;
  const height = geometry.height * zoom;
  return (
    <section className={`compare-pane compare-pane-${side}`} aria-label={label}>
      <h3 className="compare-pane-title">{label}</h3>
      <div className="compare-scroll" ref={scroller} tabIndex={0} aria-label={`${label}, scrollable picture`}>
        <div className="compare-paper" style={{ width, height }}>
          <img className="compare-picture" src={url} width={width} height={height} alt={pictureDescription(label, geometry)} draggable={false} />
          <svg className="compare-overlay" width={width} height={height} viewBox={`0 0 ${geometry.width} ${geometry.height}`} onClick={onClick} role="presentation">
            {[...ghostKeys].map((key) => (
              <Ghost key={key} elementKey={key} mark={ghosts?.onlyBefore.includes(key) ? 'removed' : 'added'} geometry={geometry} tagScale={tagScale} />
            ))}
            {[...marks].map(([key, mark]) => (ghostKeys.has(key) ? null : <MarkShape key={key} elementKey={key} mark={mark} geometry={geometry} tagScale={tagScale} />))}
            {focusBoxes.map((box, index) => (
              <rect key={index} className="focus-ring" x={box.x - 10} y={box.y - 10} width={box.width + 20} height={box.height + 20} rx={6} />
            ))}
          </svg>
        </div>
      </div>
    </section>
  );
});

/** What the picture shows, for screen readers: the map and its lanes (actors) from top to bottom. */
function pictureDescription(label: string, geometry: MapGeometry): string {
  const lanes = geometry.lanes.map((lane) => lane.title);
  return lanes.length > 0 ? `${label} as drawn, lanes: ${lanes.join(', ')}` : `${label} as drawn`;
}
