import type { Server } from 'node:http';
import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';
import { parquetRows } from '@usm/validation';
import type { ReferenceModel } from '../../apps/validation/src/reference-solution/reference-model';
import { trainReference } from '../../apps/validation/src/reference-solution/reference-model';
import { listen, referenceServer } from '../../apps/validation/src/reference-solution/reference-server';
import { ensureCompanyAgreement } from './company-agreement';
import { shareableSubCategories } from './workload';
import { callApi, expectStatus } from './http-call';

/** The company of the demo and its solution (a client of every local realm: infra/local/src/company-clients.ts). */
export const demoCompany = 'poom-gpu-platform';
const solutionId = 'poom-nb-baseline';
const timeZone = 'UTC';
const labels = [...shareableSubCategories];

/** One city's node URLs the joint test calls, and the release it evaluates on. */
export interface JointTestCity {
  readonly city: CityStack;
  readonly urls: { readonly consent: string; readonly datasets: string; readonly validation: string };
  readonly releaseId: string;
}

/** What the demo prints of a city's hosted run and of the leaderboard row it ends in. */
export interface CityValidation {
  readonly city: string;
  readonly verdict: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly examples: number;
}

export interface ValidationSummary {
  readonly benchmarkId: string;
  readonly solution: string;
  readonly cities: readonly CityValidation[];
  /** The city whose leaderboard is read: the first, once every city's result reached it (replicated by MirrorMaker 2). */
  readonly boardCity: string;
  readonly citiesOnBoard: readonly string[];
  readonly passesJointTesting: boolean;
  readonly eligibleIn: readonly string[];
}

/** A call as `client` of the city's realm. */
async function call(base: string, city: CityStack, client: string, method: string, path: string, body?: unknown): Promise<Response> {
  return callApi(base, await tokenFor(city, client), method, path, body);
}

/** The company's side in one city: an agreement signed through the consent API, then its solution version registered. */
async function companyJoins(site: JointTestCity, model: ReferenceModel, version: string, topic: string, say: (line: string) => void): Promise<void> {
  const { city, urls } = site;
  const agreement = await ensureCompanyAgreement(city, urls.consent, demoCompany, [topic]);
  say(`${city.city}: company agreement with ${demoCompany} ${agreement.reused ? 'already in force' : 'drafted, signed by the DPO and the company, activated'} (${agreement.id})`);
  const card = { version, modelCard: { intendedUse: 'baseline for joint testing (local demo)', limitations: 'categorical features only' }, artifactSha256: model.artifactSha256 };
  const existing = await call(urls.validation, city, demoCompany, 'GET', `/v1/solutions/${solutionId}`);
  if (existing.status === 404) {
    await expectStatus(await call(urls.validation, city, demoCompany, 'POST', '/v1/solutions', { solutionId, name: 'Naive Bayes baseline', task: 'childCommuteHazard', version: card }), 'register the solution', 201);
    return;
  }
  const view = (await (await expectStatus(existing, 'read the solution', 200)).json()) as { versions: { version: string }[] };
  if (!view.versions.some((v) => v.version === version)) await expectStatus(await call(urls.validation, city, demoCompany, 'POST', `/v1/solutions/${solutionId}/versions`, card), 'publish the version', 201);
}

/** The city's side: its evaluator defines the shared benchmark, adopts it on the city's own release and runs it hosted. */
async function cityEvaluates(site: JointTestCity, benchmarkId: string, minimumCities: number, version: string, endpointUrl: string): Promise<CityValidation> {
  const { city, urls, releaseId } = site;
  await expectStatus(
    await call(urls.validation, city, 'evaluator', 'POST', '/v1/benchmarks', {
      benchmarkId, task: 'childCommuteHazard', labels, criteriaVersion: 'demo-1', sharingPolicy: 'full', minimumCities,
      thresholds: [{ metric: 'accuracy', direction: 'atLeast', value: 0.2 }],
    }),
    `${city.city}: define the benchmark`, 201,
  );
  // The validation context learns the release from dataset.releases.v1 before it can adopt a benchmark on it.
  await waitFor(async () => (await call(urls.validation, city, 'evaluator', 'POST', `/v1/benchmarks/${benchmarkId}/adoptions`, { releaseId })).status === 201, {
    timeoutMs: 120_000, intervalMs: 1_000, description: `${city.city}'s adoption of ${benchmarkId} on release ${releaseId}`,
  });
  const run = (await (await expectStatus(await call(urls.validation, city, 'evaluator', 'POST', `/v1/benchmarks/${benchmarkId}/hosted-runs`, { solutionId, version, endpointUrl }), `${city.city}: the hosted run`, 200, 201)).json()) as {
    result: { verdict: string; metrics: Record<string, number>; examples: number };
  };
  return { city: city.city, verdict: run.result.verdict, metrics: run.result.metrics, examples: run.result.examples };
}

/**
 * Joint testing of the reference solution in every city of the mesh, as the framework runs it, through the APIs with
 * real tokens: the company signs a company agreement with each city, downloads the first city's train split, trains the
 * baseline once and serves the hosted inference contract; it registers that version (the model's artifact hash) in each
 * city; each city's evaluator adopts the shared benchmark (passing needs every city) on its own release and runs it in
 * hosted mode. The results replicate, so the first city's leaderboard shows every city and the joint verdict.
 */
export async function validateReferenceSolution(sites: readonly JointTestCity[], topic: string, say: (line: string) => void): Promise<ValidationSummary> {
  const [first] = sites;
  if (!first) throw new Error('no city to validate in');
  await ensureCompanyAgreement(first.city, first.urls.consent, demoCompany, [topic]);
  // The datasets context learns the agreement from agreements.v1: the download opens once it has.
  const train = await waitFor(
    async () => {
      const response = await call(first.urls.datasets, first.city, demoCompany, 'GET', `/v1/releases/${first.releaseId}/files/train.parquet`);
      return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 1_000, description: `${demoCompany}'s download of the train split` },
  );
  const model = trainReference(await parquetRows(train), timeZone);
  const version = `1.0.0-${model.artifactSha256.slice(0, 12)}`;
  const server: Server = referenceServer(model, timeZone, labels);
  try {
    const endpointUrl = await listen(server, 0);
    const benchmarkId = `mesh-demo-${first.releaseId.slice(0, 8)}`;
    const cities: CityValidation[] = [];
    for (const site of sites) {
      await companyJoins(site, model, version, topic, say);
      cities.push(await cityEvaluates(site, benchmarkId, sites.length, version, endpointUrl));
    }
    const row = await waitFor(
      async () => {
        const board = (await (await call(first.urls.validation, first.city, 'evaluator', 'GET', '/v1/leaderboard')).json()) as { benchmarkId: string; solutionId: string; cities: { city: string }[]; passesJointTesting: boolean; eligibleIn: string[] }[];
        const found = board.find((r) => r.benchmarkId === benchmarkId && r.solutionId === solutionId);
        return found && found.cities.length === sites.length ? found : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 1_000, description: `every city's result on ${first.city}'s leaderboard` },
    );
    return { benchmarkId, solution: `${solutionId}@${version}`, cities, boardCity: first.city.city, citiesOnBoard: row.cities.map((c) => c.city), passesJointTesting: row.passesJointTesting, eligibleIn: row.eligibleIn };
  } finally {
    server.close();
  }
}
