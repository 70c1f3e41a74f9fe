import type { MeshView } from '../api/mesh-view';
import { LagChart } from './lag-chart';

/** Replication flows between cities with their current lag, and lag over time. */
export function FlowsPanel({ view }: { readonly view: MeshView }) {
  if (view.lag === null) return null;
  const flows = view.cities.flatMap((c) => c.flows ?? []);
  return (
    <section className="card"><h3>Replication</h3>
      {flows.length === 0 ? <p className="muted">No replication flow in force.</p> : (
        <table className="compact">
          <thead><tr><th>flow</th><th>topic</th><th>lag</th><th>records behind</th></tr></thead>
          <tbody>{flows.flatMap((f) => f.topics.map((t) => (
            <tr key={`${f.source}>${f.target} ${t.topic}`}><td>{f.source} → {f.target}</td><td>{t.topic}</td><td>{t.lagMs === null ? '–' : `${(t.lagMs / 1000).toFixed(1)} s`}</td><td>{t.lagRecords ?? '–'}</td></tr>
          )))}</tbody>
        </table>
      )}
      <LagChart series={view.lag} />
    </section>
  );
}

const cellText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/** The cross-city leaderboard as each city's validation service reports it. */
export function LeaderboardPanel({ view }: { readonly view: MeshView }) {
  if (!view.sections.includes('leaderboard')) return null;
  const rows = view.cities.flatMap((c) => (c.leaderboard ?? []).map((row) => ({ city: c.city, row })));
  return (
    <section className="card"><h3>Cross-city leaderboard</h3>
      {rows.length === 0 ? <p className="muted">No solution evaluated yet.</p> : (
        <table className="compact"><thead><tr><th>reported by</th><th>benchmark</th><th>solution</th><th>cities passed</th><th>joint testing</th></tr></thead>
          <tbody>{rows.map(({ city, row }, i) => (
            <tr key={`${city}-${i}`}><td>{city}</td><td>{cellText(row['benchmarkId'])}</td><td>{cellText(row['solutionId'])} {cellText(row['version'] ?? '')}</td><td>{cellText(row['citiesPassed'] ?? '')}</td><td>{cellText(row['jointTestingPassed'] ?? row['passed'] ?? '')}</td></tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}
