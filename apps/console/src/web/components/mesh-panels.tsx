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

/** The cross-city leaderboard: each solution version once, with the cities it passed in and the joint-testing verdict. */
export function LeaderboardPanel({ view }: { readonly view: MeshView }) {
  if (view.leaderboard === null) return null;
  return (
    <section className="card"><h3>Cross-city leaderboard</h3>
      {view.leaderboard.length === 0 ? <p className="muted">No solution evaluated yet.</p> : (
        <table className="compact" data-testid="leaderboard">
          <thead><tr><th>benchmark</th><th>solution</th><th>vendor</th><th>cities passed</th><th>joint testing</th><th>reported by</th></tr></thead>
          <tbody>{view.leaderboard.map((r) => (
            <tr key={`${r.benchmarkId} ${r.solutionId} ${r.version}`}>
              <td>{r.benchmarkId}</td><td>{r.solutionId} {r.version}</td><td>{r.vendor}</td><td>{r.citiesPassed.join(', ')} ({r.citiesPassed.length}/{r.minimumCities})</td>
              <td>{r.passesJointTesting ? 'passes' : 'not yet'}</td><td>{r.reportedBy.join(', ')}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}
