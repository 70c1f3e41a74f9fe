import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CityView } from '../api/mesh-view';
import { CellTable, PrivacyPanel, ReleasesPanel, cellRowsOf } from './city-panels';

const city: CityView = {
  city: 'incheon', displayName: 'Incheon', reachable: {}, sites: null, flows: null, agreements: null,
  cells: [{ cell: '8830e0a813fffff', resolution: 8, count: 3, latest: 2, boundary: [] }, { cell: '8830e0a815fffff', resolution: 8, count: 1, latest: 4, boundary: [] }],
  releases: [{ releaseId: 'r1', title: 'Radar', version: '1.0.0', status: 'withdrawn', k: 5, l: 2, suppressionRate: 0.025, withdrawnAt: Date.UTC(2026, 11, 5, 0, 24), withdrawalReason: 'qualityIssue' }],
  privacy: null,
};
const render = (component: (props: { readonly city: CityView }) => unknown, view: CityView): string => renderToStaticMarkup(createElement(component as never, { city: view }));

describe('city panels', () => {
  it('lists the events per cell with the city\'s total', () => {
    const html = render(CellTable, city);
    expect(html).toContain('data-testid="events-total-incheon">4<');
    expect(html).toContain('data-testid="cell-count-8830e0a813fffff">3<');
  });

  it('lists the busiest cells and adds the cell of the latest event when it is not among them', () => {
    const cells = Array.from({ length: 15 }, (_, n) => ({ cell: `c${n}`, resolution: 8, count: 100 - n, latest: n === 14 ? 99 : n, boundary: [] }));
    const rows = cellRowsOf(cells);
    expect(rows.map((r) => r.cell.cell)).toEqual([...Array.from({ length: 12 }, (_, n) => `c${n}`), 'c14']);
    expect(rows.filter((r) => r.latest).map((r) => r.cell.cell)).toEqual(['c14']);
    // The newest among the busiest is marked, not repeated.
    expect(cellRowsOf(cells.map((c) => (c.cell === 'c3' ? { ...c, latest: 500 } : c))).map((r) => r.cell.cell)).toHaveLength(12);
    expect(cellRowsOf([])).toEqual([]);
  });

  it('shows a release\'s k, l, suppression and its withdrawal', () => {
    const html = render(ReleasesPanel, city);
    expect(html).toContain('data-status="withdrawn"');
    expect(html).toContain('<td>5</td><td>2</td><td>2.5 %</td>');
    expect(html).toContain('2026-12-05T00:24 qualityIssue');
  });

  it('renders nothing for a section the caller may not see', () => {
    expect(render(PrivacyPanel, city)).toBe('');
    expect(render(PrivacyPanel, { ...city, privacy: { shared: 7, keptLocal: 1, deadLettered: 0, quarantined: 2 } })).toContain('<dt>shared</dt><dd>7</dd>');
  });
});
