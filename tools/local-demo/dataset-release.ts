import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';

/** A built release as the datasets API shows it (the fields the demo prints). */
export interface ReleaseSummary {
  readonly releaseId: string;
  readonly status: string;
  readonly problem: unknown;
  readonly anonymity: { readonly k: number; readonly l: number; readonly input: number; readonly released: number; readonly suppressionRate: number } | null;
}

/**
 * Defines (or revises) the demo dataset over the city's own and its partners' replicated anonymised events as the
 * `data-steward` persona, builds one release and waits for its outcome.
 */
export async function buildDemoRelease(city: CityStack, datasetsUrl: string, anonymisedTopic: string, partners: readonly string[]): Promise<ReleaseSummary> {
  const call = async (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${datasetsUrl}${path}`, { method, headers: { authorization: `Bearer ${await tokenFor(city, 'data-steward')}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const definition = {
    definitionId: `mesh-demo-${city.city}`,
    title: `Urban safety events of ${city.city} and its partners (local demo)`,
    purpose: 'aiTraining',
    sources: { events: [anonymisedTopic, ...partners.map((p) => `${p}.${anonymisedTopic}`)], labels: [] },
    filters: {},
    quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'],
    sensitiveColumn: 'subCategory',
    k: 3,
    l: 2,
    maxSuppression: 0.3,
    splits: { train: 0.7, validation: 0.1, test: 0.2, seed: `mesh-demo-seed-2026-${city.city}`, stratifyBy: 'category' },
    formats: ['avro', 'parquet'],
    usage: { licence: 'https://creativecommons.org/licenses/by-nc/4.0/', terms: 'AI training only; no re-identification', accessRights: 'restricted' },
    pseudonyms: 'drop',
  };
  const defined = await call('POST', '/v1/definitions', definition);
  if (defined.status !== 201) throw new Error(`define the dataset: ${defined.status} ${await defined.text()}`);
  const requested = await call('POST', '/v1/releases', { definitionId: definition.definitionId });
  if (requested.status !== 202) throw new Error(`build a release: ${requested.status} ${await requested.text()}`);
  const { releaseId } = (await requested.json()) as { releaseId: string };
  return waitFor(
    async () => {
      const release = (await (await call('GET', `/v1/releases/${releaseId}`)).json()) as ReleaseSummary;
      return ['published', 'refused', 'failed'].includes(release.status) ? release : undefined;
    },
    { timeoutMs: 300_000, intervalMs: 1_000, description: `release ${releaseId} to be built` },
  );
}
