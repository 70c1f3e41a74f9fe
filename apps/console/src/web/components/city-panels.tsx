import type { CityView } from '../api/mesh-view';

/** The busiest cells, most first, and the cell of the latest event when it is not among them (where events land now). */
export function cellRowsOf(cells: CityView['cells'], busiest = 12): { readonly cell: CityView['cells'][number]; readonly latest: boolean }[] {
  const newest = cells.reduce<CityView['cells'][number] | undefined>((best, c) => (c.latest > (best?.latest ?? 0) ? c : best), undefined);
  const top = cells.slice(0, busiest);
  const rows = top.map((cell) => ({ cell, latest: cell === newest }));
  return newest && !top.includes(newest) ? [...rows, { cell: newest, latest: true }] : rows;
}

/** Events per H3 cell, most first: the map's numbers, readable without WebGL. */
export function CellTable({ city }: { readonly city: CityView }) {
  const total = city.cells.reduce((sum, c) => sum + c.count, 0);
  return (
    <div>
      <p>
        Events on the shareable topic: <strong data-testid={`events-total-${city.city}`}>{total}</strong> in {city.cells.length} cells
      </p>
      <table className="compact">
        <thead><tr><th>H3 cell</th><th>res.</th><th>events</th></tr></thead>
        <tbody>
          {cellRowsOf(city.cells).map(({ cell: c, latest }) => (
            <tr key={c.cell} data-cell={c.cell}><td><code>{c.cell}</code>{latest ? <span className="badge">latest</span> : null}</td><td>{c.resolution}</td><td data-testid={`cell-count-${c.cell}`}>{c.count}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SitesPanel({ city }: { readonly city: CityView }) {
  if (city.sites === null) return null;
  return (
    <section><h4>Demonstration sites</h4>
      {city.sites.length === 0 ? <p className="muted">No sites registered.</p> : (
        <ul>{city.sites.map((s) => <li key={s.siteId} data-site={s.siteId}>{s.name} <span className="badge">{s.status}</span> {s.applications} application(s)</li>)}</ul>
      )}
    </section>
  );
}

export function AgreementsPanel({ city }: { readonly city: CityView }) {
  if (city.agreements === null) return null;
  return (
    <section><h4>Agreements</h4>
      {city.agreements.length === 0 ? <p className="muted">No agreements.</p> : (
        <ul>{city.agreements.map((a) => <li key={a.agreementId}>{a.partner}: <span className="badge">{a.status}</span>{a.inForce ? ' in force' : ''}</li>)}</ul>
      )}
    </section>
  );
}

const percent = (rate: number | null): string => (rate === null ? '–' : `${(rate * 100).toFixed(1)} %`);

export function ReleasesPanel({ city }: { readonly city: CityView }) {
  if (city.releases === null) return null;
  return (
    <section><h4>Dataset releases</h4>
      {city.releases.length === 0 ? <p className="muted">No releases.</p> : (
        <table className="compact" data-testid={`releases-${city.city}`}>
          <thead><tr><th>release</th><th>status</th><th>k</th><th>l</th><th>suppressed</th><th>withdrawal</th></tr></thead>
          <tbody>
            {city.releases.map((r) => (
              <tr key={r.releaseId} data-release={r.releaseId} data-status={r.status}>
                <td>{r.title} {r.version}</td><td>{r.status}</td><td>{r.k ?? '–'}</td><td>{r.l ?? '–'}</td><td>{percent(r.suppressionRate)}</td>
                <td>{r.withdrawnAt === null ? '' : `${new Date(r.withdrawnAt).toISOString().slice(0, 16)} ${r.withdrawalReason ?? ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function PrivacyPanel({ city }: { readonly city: CityView }) {
  if (city.privacy === null) return null;
  const p = city.privacy;
  return (
    <section><h4>Privacy counters</h4>
      <dl className="counters" data-testid={`privacy-${city.city}`}>
        <dt>shared</dt><dd>{p.shared}</dd><dt>kept local</dt><dd>{p.keptLocal}</dd><dt>dead-lettered</dt><dd>{p.deadLettered}</dd><dt>quarantined</dt><dd>{p.quarantined}</dd>
      </dl>
    </section>
  );
}
