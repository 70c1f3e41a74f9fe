import type { AgreementSummary, FlowSummary, ReleaseSummary, SiteSummary } from './mesh-view';

type Json = Record<string, unknown>;
const record = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(record) : []);
const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Releases as the datasets API lists them (`GET /v1/releases`), newest first, with k, l and suppression. */
export function releaseSummariesOf(body: unknown): ReleaseSummary[] {
  return list(body)
    .map((r) => {
      const anonymity = record(r['anonymity']);
      return {
        releaseId: text(r['releaseId']),
        title: text(r['title']),
        version: text(r['version']),
        status: text(r['status'], 'unknown'),
        k: numberOrNull(anonymity['k']),
        l: numberOrNull(anonymity['l']),
        suppressionRate: numberOrNull(anonymity['suppressionRate']),
        withdrawnAt: numberOrNull(r['withdrawnAt']),
        withdrawalReason: typeof r['withdrawalReason'] === 'string' ? r['withdrawalReason'] : null,
        requestedAt: numberOrNull(r['requestedAt']) ?? 0,
      };
    })
    .sort((a, b) => b.requestedAt - a.requestedAt)
    .map(({ requestedAt: _requestedAt, ...summary }) => summary);
}

/** Flows and agreements of `GET /federation/status`; lag in milliseconds where measured. */
export function federationSummaryOf(body: unknown): { flows: FlowSummary[]; agreements: AgreementSummary[] } {
  const status = record(body);
  const flows = list(status['flows']).map((flow) => ({
    source: text(flow['source']),
    target: text(flow['target']),
    topics: list(flow['topics']).map((t) => {
      const lag = record(t['lag']);
      const seconds = numberOrNull(lag['seconds']);
      return { topic: text(t['topic']), lagMs: seconds === null ? null : Math.round(seconds * 1000), lagRecords: numberOrNull(lag['records']) };
    }),
  }));
  const agreements = list(status['agreements']).map((a) => ({ agreementId: text(a['agreementId']), partner: text(a['partner']), status: text(a['status'], 'unknown'), inForce: a['inForce'] === true }));
  return { flows, agreements };
}

/** Demonstration sites (`GET /v1/sites`) with how many applications (`GET /v1/applications`) name each. */
export function siteSummariesOf(sites: unknown, applications: unknown): SiteSummary[] {
  const perSite = new Map<string, number>();
  for (const application of list(applications)) {
    for (const site of list(record(application['links'])['sites'])) perSite.set(text(site['siteId']), (perSite.get(text(site['siteId'])) ?? 0) + 1);
  }
  return list(sites).map((s) => {
    const location = record(s['location']);
    const lat = numberOrNull(location['lat']);
    const lng = numberOrNull(location['lng']);
    return {
      siteId: text(s['siteId']),
      name: text(s['name']),
      status: text(s['status'], 'unknown'),
      location: lat === null || lng === null ? null : { latitude: lat, longitude: lng },
      applications: perSite.get(text(s['siteId'])) ?? 0,
    };
  });
}
