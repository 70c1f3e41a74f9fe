import { companyPersona, companyRole, personas } from '@usm/security';
import { countEvent, noCellCounts } from './cell-counts';
import type { MeshSnapshot } from './mesh-snapshot';
import { meshViewOf } from './mesh-snapshot';
import { parsePrometheusText } from './prometheus-text';
import { visibleSections } from './visible-sections';

const snapshot: MeshSnapshot = {
  at: 10,
  cells: countEvent(noCellCounts, 'incheon', 'c1', 8),
  lag: new Map([['x', { flow: 'incheon>barcelona', topic: 't', samples: [[1, 2]] }]]),
  cities: [{
    city: 'incheon', displayName: 'Incheon', reachable: { datasets: true },
    sites: [], federation: { flows: [], agreements: [] }, releases: [], leaderboard: [{ benchmarkId: 'b', solutionId: 's', version: '1', vendor: 'v', citiesPassed: ['incheon'], minimumCities: 2, passesJointTesting: false, reportedBy: [] }],
    privacyMetrics: parsePrometheusText('usm_privacy_events_kept_local_total{basis="consent",reason="gate-refused"} 2'),
  }],
};

describe('role-aware views', () => {
  it('shows a city administrator every section', () => {
    expect(visibleSections(personas['city-admin'].permissions)).toEqual(['map', 'sites', 'federation', 'releases', 'leaderboard', 'privacy']);
  });

  it('shows a company the map, sites and leaderboard: no privacy counters, no federation, no releases beyond its agreements', () => {
    const sections = visibleSections([companyRole, ...companyPersona.permissions]);
    expect(sections).toEqual(['map', 'sites', 'leaderboard']);
    const view = meshViewOf(snapshot, sections, () => []);
    expect(view.cities[0]).toMatchObject({ privacy: null, flows: null, agreements: null, releases: null });
    expect(view.lag).toBeNull();
    expect(view.leaderboard).toEqual([expect.objectContaining({ solutionId: 's', reportedBy: ['incheon'] })]);
  });

  it('gives the privacy counters to whom may see them, with shared from the anonymised events counted', () => {
    const view = meshViewOf(snapshot, visibleSections(personas.dpo.permissions), (cell) => [[1, 2], [cell.length, 0]]);
    expect(view.cities[0]?.privacy).toEqual({ shared: 1, keptLocal: 2, deadLettered: 0, quarantined: 0 });
    expect(view.cities[0]?.cells).toEqual([{ cell: 'c1', resolution: 8, count: 1, latest: 0, boundary: [[1, 2], [2, 0]] }]);
    expect(view.lag).toHaveLength(1);
    expect(view.leaderboard).toBeNull();
  });

  it('shows an evaluator (datasets:read, not a company) the releases', () => {
    expect(visibleSections(personas.evaluator.permissions)).toContain('releases');
  });

  it('shows a caller with only a city role the map alone', () => {
    expect(visibleSections(['ingest:write'])).toEqual(['map']);
  });
});
