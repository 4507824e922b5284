/**
 * Draws every radar chart on the page from the data the server computed
 * (data-chart on the canvas). Imports only the Chart.js parts a radar needs.
 */
import { SERIES_COLOURS } from './chart-colours.ts';
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

interface RadarData {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

const COLOURS = SERIES_COLOURS;

export function drawRadarCharts(): void {
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
    const data = JSON.parse(canvas.dataset.chart!) as RadarData;
    const chart = new Chart(canvas, {
      type: 'radar',
      data: {
        labels: data.labels,
        datasets: data.datasets.map((set, i) => ({
          ...set,
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: `${COLOURS[i % COLOURS.length]}33`,
          pointBackgroundColor: COLOURS[i % COLOURS.length],
          fill: data.datasets.length === 1,
          spanGaps: true,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        scales: { r: { min: 0, max: 100, ticks: { stepSize: 20, backdropColor: 'transparent' }, pointLabels: { font: { size: 13 } } } },
        plugins: { legend: { display: data.datasets.length > 1 } },
      },
    });
    canvas.dataset.drawn = 'true';
    // Charts drawn for the screen are redrawn at print size, so the PDF and paper copy stay sharp.
    window.addEventListener('beforeprint', () => chart.resize());
  }
}
