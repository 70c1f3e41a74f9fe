import type { CityEntry } from '../config/console-config.schema';
import { leaderboardRowsOf } from '../mesh/leaderboard';
import { federationSummaryOf, releaseSummariesOf, siteSummariesOf } from '../mesh/api-summaries';
import type { CityReadings } from '../mesh/mesh-snapshot';
import { parsePrometheusText } from '../mesh/prometheus-text';
import type { CityApiClient } from './city-api.client';

/** One poll of a city: every configured API read in parallel, each one's answer or null. */
export async function readCity(entry: CityEntry, client: CityApiClient): Promise<CityReadings> {
  const [sites, applications, federation, releases, leaderboard, metrics] = await Promise.all([
    client.json('sites', '/v1/sites'),
    client.json('sites', '/v1/applications'),
    client.json('federation', '/federation/status'),
    client.json('datasets', '/v1/releases'),
    client.json('validation', '/v1/leaderboard'),
    client.text('privacyMetrics', '/metrics'),
  ]);
  const reachable: Record<string, boolean> = {};
  const answered = { sites, federation, datasets: releases, validation: leaderboard, privacyMetrics: metrics };
  for (const [service, body] of Object.entries(answered)) if (client.configured(service as keyof CityEntry['services'])) reachable[service] = body !== null;
  return {
    city: entry.city,
    displayName: entry.displayName ?? entry.city.charAt(0).toUpperCase() + entry.city.slice(1),
    reachable,
    sites: sites === null ? null : siteSummariesOf(sites, applications ?? []),
    federation: federation === null ? null : federationSummaryOf(federation),
    releases: releases === null ? null : releaseSummariesOf(releases),
    leaderboard: leaderboard === null ? null : leaderboardRowsOf(leaderboard),
    privacyMetrics: metrics === null ? null : parsePrometheusText(metrics),
  };
}
