import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { LagSeries } from '../api/mesh-view';
import { alignedLagData } from './lag-data';

const colours = ['#f97316', '#38bdf8', '#a3e635', '#f472b6', '#facc15', '#c084fc'];

/** Replication lag over time, one line per flow and topic (uPlot, canvas). */
export function LagChart({ series }: { readonly series: readonly LagSeries[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || series.length === 0) return undefined;
    const options: uPlot.Options = {
      width: Math.max(container.current.clientWidth, 320),
      height: 220,
      scales: { x: { time: true } },
      axes: [{ stroke: '#9ca3af' }, { stroke: '#9ca3af', label: 'lag (s)' }],
      series: [{}, ...series.map((s, i) => ({ label: `${s.flow} ${s.topic}`, stroke: colours[i % colours.length] ?? '#fff', spanGaps: true }))],
    };
    const chart = new uPlot(options, alignedLagData(series), container.current);
    return () => chart.destroy();
  }, [series]);
  if (series.length === 0) return <p className="muted">No replication lag measured yet.</p>;
  return <div ref={container} data-testid="lag-chart" />;
}
