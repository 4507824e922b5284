/**
 * Draws the segmentation charts from the data the server computed (data-*
 * on the canvas): the Pareto curves (already sampled to a few hundred
 * points) and the BCG bubble chart (at most MAX_BUBBLES_DRAWN bubbles), so
 * the page stays responsive with 10,000 customers.
 */
import { BubbleController, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { SERIES_COLOURS } from './chart-colours.ts';

Chart.register(BubbleController, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

interface ParetoData {
  series: { label: string; points: { x: number; y: number }[] }[];
}

interface BubbleData {
  thresholds: { profitability: number; growth: number };
  quadrants: Record<string, string>;
  bubbles: { name: string; x: number; y: number; revenue: number; quadrant: string }[];
}

const QUADRANT_COLOURS: Record<string, string> = { star: SERIES_COLOURS[0], 'cash-cow': SERIES_COLOURS[2], 'question-mark': SERIES_COLOURS[1], dog: SERIES_COLOURS[8] };

function drawPareto(canvas: HTMLCanvasElement, data: ParetoData): Chart {
  const last = Math.max(1, ...data.series.flatMap((s) => s.points.map((p) => p.x)));
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        ...data.series.map((s, i) => ({ label: s.label, data: s.points, borderColor: SERIES_COLOURS[i], backgroundColor: SERIES_COLOURS[i], pointRadius: 0, borderDash: i ? [6, 3] : [] })),
        { label: '80%', data: [{ x: 0, y: 80 }, { x: last, y: 80 }], borderColor: '#666', borderDash: [2, 2], pointRadius: 0, borderWidth: 1 },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      scales: { x: { type: 'linear', min: 0, max: last }, y: { min: 0, max: 100 } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

function drawBubbles(canvas: HTMLCanvasElement, data: BubbleData): Chart {
  const maxRevenue = Math.max(1, ...data.bubbles.map((b) => b.revenue));
  const radius = (revenue: number) => 3 + 17 * Math.sqrt(revenue / maxRevenue);
  const quadrantSets = Object.entries(data.quadrants).map(([key, label]) => ({
    type: 'bubble' as const,
    label,
    data: data.bubbles.filter((b) => b.quadrant === key).map((b) => ({ x: b.x, y: b.y, r: radius(b.revenue), name: b.name })),
    backgroundColor: `${QUADRANT_COLOURS[key]}99`,
    borderColor: QUADRANT_COLOURS[key],
  }));
  const line = (points: { x: number; y: number }[]) => ({ type: 'line' as const, label: '', data: points, borderColor: '#666', borderDash: [4, 4], pointRadius: 0, borderWidth: 1 });
  return new Chart(canvas, {
    type: 'bubble',
    data: {
      datasets: [
        ...quadrantSets,
        line([{ x: data.thresholds.profitability, y: 0.5 }, { x: data.thresholds.profitability, y: 5.5 }]),
        line([{ x: 0.5, y: data.thresholds.growth }, { x: 5.5, y: data.thresholds.growth }]),
      ] as never,
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { min: 0.5, max: 5.5 }, y: { min: 0.5, max: 5.5 } },
      plugins: {
        legend: { position: 'bottom', labels: { filter: (item) => item.text !== '' } },
        tooltip: { callbacks: { label: (ctx) => String((ctx.raw as { name?: string }).name ?? '') } },
      },
    },
  });
}

export function drawSegmentationCharts(): void {
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-pareto]')) {
    const chart = drawPareto(canvas, JSON.parse(canvas.dataset.pareto!) as ParetoData);
    canvas.dataset.drawn = 'true';
    window.addEventListener('beforeprint', () => chart.resize());
  }
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-bubbles]')) {
    const chart = drawBubbles(canvas, JSON.parse(canvas.dataset.bubbles!) as BubbleData);
    canvas.dataset.drawn = 'true';
    window.addEventListener('beforeprint', () => chart.resize());
  }
}
