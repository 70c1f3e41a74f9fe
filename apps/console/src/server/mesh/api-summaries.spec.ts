import { federationSummaryOf, releaseSummariesOf, siteSummariesOf } from './api-summaries';

describe('summaries of the cities\' API answers', () => {
  it('lists releases newest first with k, l, suppression and the withdrawal', () => {
    const releases = releaseSummariesOf([
      { releaseId: 'r1', title: 'School zones', version: '1.0.0', status: 'withdrawn', requestedAt: 1, anonymity: { k: 5, l: 2, suppressionRate: 0.01 }, withdrawnAt: 9, withdrawalReason: 'consent revoked' },
      { releaseId: 'r2', title: 'School zones', version: '2.0.0', status: 'published', requestedAt: 2, anonymity: null, withdrawnAt: null, withdrawalReason: null },
    ]);
    expect(releases.map((r) => r.releaseId)).toEqual(['r2', 'r1']);
    expect(releases[1]).toEqual({ releaseId: 'r1', title: 'School zones', version: '1.0.0', status: 'withdrawn', k: 5, l: 2, suppressionRate: 0.01, withdrawnAt: 9, withdrawalReason: 'consent revoked' });
    expect(releases[0]).toMatchObject({ k: null, l: null, suppressionRate: null });
  });

  it('turns the federation status into flows with lag in milliseconds and agreements with their state', () => {
    const status = {
      flows: [{ source: 'incheon', target: 'barcelona', topics: [{ topic: 'safety.events.anonymised.v1', lag: { records: 3, seconds: 1.25, lastArrivalAt: 5 } }, { topic: 'safety.labels.v1', lag: { records: null, seconds: null, lastArrivalAt: null } }] }],
      agreements: [{ agreementId: 'a1', partner: 'barcelona', status: 'active', inForce: true, topics: [] }],
    };
    expect(federationSummaryOf(status)).toEqual({
      flows: [{ source: 'incheon', target: 'barcelona', topics: [{ topic: 'safety.events.anonymised.v1', lagMs: 1250, lagRecords: 3 }, { topic: 'safety.labels.v1', lagMs: null, lagRecords: null }] }],
      agreements: [{ agreementId: 'a1', partner: 'barcelona', status: 'active', inForce: true }],
    });
  });

  it('counts each site\'s applications from the applications\' links', () => {
    const sites = [{ siteId: 's1', name: 'Gate 1', status: 'available', location: { lat: 35.1, lng: 126.9 } }, { siteId: 's2', name: 'Gate 2', status: 'reserved' }];
    const applications = [{ links: { sites: [{ siteId: 's1' }] } }, { links: { sites: [{ siteId: 's1' }, { siteId: 's2' }] } }];
    expect(siteSummariesOf(sites, applications)).toEqual([
      { siteId: 's1', name: 'Gate 1', status: 'available', location: { latitude: 35.1, longitude: 126.9 }, applications: 2 },
      { siteId: 's2', name: 'Gate 2', status: 'reserved', location: null, applications: 1 },
    ]);
  });

  it('reads an unexpected answer as empty, never throws', () => {
    expect(releaseSummariesOf({ error: 'x' })).toEqual([]);
    expect(federationSummaryOf(null)).toEqual({ flows: [], agreements: [] });
  });
});
