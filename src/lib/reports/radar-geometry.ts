/**
 * Where a radar chart's rings, spokes, score polygon and labels go: pure
 * geometry, shared by the PDF (pdfkit) and the report page's server-rendered
 * SVG, so both draw the same chart. First spoke straight up, then clockwise.
 */

/** The rings drawn behind the scores, on the 0–100 scale. */
export const RING_STEPS = [20, 40, 60, 80, 100];

export type Point = [x: number, y: number];

export interface RadarFrame {
  /** Number of spokes (areas). */
  count: number;
  cx: number;
  cy: number;
  /** Radius of the 100-ring. */
  radius: number;
}

/** The point of `value` (0–100) on spoke `i`. */
export function radarPoint(frame: RadarFrame, i: number, value: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / frame.count;
  const r = (frame.radius * value) / 100;
  return [frame.cx + r * Math.cos(angle), frame.cy + r * Math.sin(angle)];
}

/** One ring as a closed polygon. */
export function ringPoints(frame: RadarFrame, step: number): Point[] {
  return Array.from({ length: frame.count }, (_, i) => radarPoint(frame, i, step));
}

/**
 * The polygon of a series: a missing score (null) is left out and its
 * neighbours are joined, never drawn as 0. Fewer than two points: no polygon.
 */
export function seriesPoints(frame: RadarFrame, scores: (number | null)[]): Point[] {
  return scores.flatMap((s, i): Point[] => (s === null ? [] : [radarPoint(frame, i, Math.max(0, Math.min(100, s)))]));
}

export interface LabelPlacement {
  /** The tip of spoke i at 100. */
  tip: Point;
  /** Left of the chart the label is right-aligned, right of it left-aligned, top and bottom centred. */
  align: 'left' | 'right' | 'center';
  /** Above the chart the label sits on the tip, below it hangs from it, at the sides it is centred on it. */
  vertical: 'above' | 'below' | 'middle';
  /** -1…1: how far down (positive) the spoke points; nudges side labels apart. */
  dy: number;
}

export function labelPlacement(frame: RadarFrame, i: number): LabelPlacement {
  const tip = radarPoint(frame, i, 100);
  const dx = (tip[0] - frame.cx) / frame.radius;
  const dy = (tip[1] - frame.cy) / frame.radius;
  return {
    tip,
    align: dx > 0.2 ? 'left' : dx < -0.2 ? 'right' : 'center',
    vertical: dy < -0.8 ? 'above' : dy > 0.8 ? 'below' : 'middle',
    dy,
  };
}

/** Breaks a label into lines of at most `maxChars` at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** SVG `points` attribute of a polygon, rounded to 0.1 so the markup stays small. */
export function svgPoints(points: Point[]): string {
  return points.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join(' ');
}
