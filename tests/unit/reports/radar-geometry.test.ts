import { describe, expect, test } from 'vitest';
import { labelPlacement, radarPoint, ringPoints, seriesPoints, svgPoints, wrapLabel, type RadarFrame } from '../../../src/lib/reports/radar-geometry.ts';

const frame: RadarFrame = { count: 4, cx: 100, cy: 100, radius: 50 };
const near = (p: [number, number]) => p.map((n) => Math.round(n * 1000) / 1000);

describe('radar geometry', () => {
  test('first spoke straight up, then clockwise; the value scales the radius', () => {
    expect(near(radarPoint(frame, 0, 100))).toEqual([100, 50]);
    expect(near(radarPoint(frame, 1, 100))).toEqual([150, 100]);
    expect(near(radarPoint(frame, 2, 50))).toEqual([100, 125]);
    expect(near(radarPoint(frame, 3, 0))).toEqual([100, 100]);
  });

  test('a ring has a point per spoke; a missing score is left out, not drawn at 0; scores are clamped to 0–100', () => {
    expect(ringPoints(frame, 100)).toHaveLength(4);
    expect(seriesPoints(frame, [100, null, 100, 150]).map(near)).toEqual([[100, 50], [100, 150], [50, 100]]);
  });

  test('labels: top and bottom centred, sides aligned away from the chart', () => {
    expect(labelPlacement(frame, 0)).toMatchObject({ align: 'center', vertical: 'above' });
    expect(labelPlacement(frame, 1)).toMatchObject({ align: 'left', vertical: 'middle' });
    expect(labelPlacement(frame, 2)).toMatchObject({ align: 'center', vertical: 'below' });
    expect(labelPlacement(frame, 3)).toMatchObject({ align: 'right', vertical: 'middle' });
  });

  test.each([
    ['Relatiebeheer & CRM', ['Relatiebeheer', '& CRM']],
    ['Klanttevredenheid', ['Klanttevredenheid']],
    ['Customer satisfaction', ['Customer', 'satisfaction']],
    ['Ambition & strategy', ['Ambition &', 'strategy']],
  ])('wraps %s at 14 characters', (label, lines) => {
    expect(wrapLabel(label, 14)).toEqual(lines);
  });

  test('svg points are rounded to a tenth', () => {
    expect(svgPoints([[1.234, 5.678], [10, 0]])).toBe('1.2,5.7 10,0');
  });
});
