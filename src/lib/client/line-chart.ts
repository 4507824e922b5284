/**
 * Draws every line chart on the page from the data the server computed
 * (data-line-chart on the canvas): one line per series over a row of
 * labels (test dates). Imports only the Chart.js parts a line chart needs.
 */
import { SERIES_COLOURS } from './chart-colours.ts';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

interface LineData {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

/** Nine areas need nine lines that stay apart; dashes help where colours are hard to tell apart. */
const COLOURS = SERIES_COLOURS;
const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [], [6, 3], [2, 2], [8, 3, 2, 3], []];

export function drawLineCharts(): void {
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-line-chart]')) {
    const data = JSON.parse(canvas.dataset.lineChart!) as LineData;
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: data.datasets.map((set, i) => ({
          ...set,
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          borderDash: DASHES[i % DASHES.length],
          pointRadius: 4,
          spanGaps: true,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    canvas.dataset.drawn = 'true';
    window.addEventListener('beforeprint', () => chart.resize());
  }
}
