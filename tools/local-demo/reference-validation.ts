import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';
import { parquetRows } from '@usm/validation';
import { trainReference } from '../../apps/validation/src/reference-solution/reference-model';
import { listen, referenceServer } from '../../apps/validation/src/reference-solution/reference-server';
import { ensureCompanyAgreement } from './company-agreement';
import { shareableSubCategories } from './workload';

/** The company of the demo and its solution (a client of every local realm: infra/local/src/company-clients.ts). */
export const demoCompany = 'poom-gpu-platform';
const solutionId = 'poom-nb-baseline';

/** What the demo prints of one hosted validation. */
export interface ValidationSummary {
  readonly benchmarkId: string;
  readonly solution: string;
  readonly verdict: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly examples: number;
  readonly passesJointTesting: boolean;
}

interface Urls { readonly consent: string; readonly datasets: string; readonly validation: string }

async function call(base: string, city: CityStack, client: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${await tokenFor(city, client)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function expectStatus(response: Response, what: string, ...accepted: number[]): Promise<Response> {
  if (!accepted.includes(response.status)) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Validates the reference solution on a published release as the joint-testing framework does, through the APIs with
 * real tokens: the company signs a company agreement with the city, downloads the train split, trains the baseline and
 * serves the hosted inference contract; it registers the solution version (the model's artifact hash); the city's
 * evaluator defines a benchmark on the release's labels, adopts it on the release and runs it in hosted mode.
 */
export async function validateReferenceSolution(city: CityStack, urls: Urls, releaseId: string, topic: string, say: (line: string) => void): Promise<ValidationSummary> {
  const agreement = await ensureCompanyAgreement(city, urls.consent, demoCompany, [topic]);
  say(`${city.city}: company agreement with ${demoCompany} ${agreement.reused ? 'already in force' : 'drafted, signed by the DPO and the company, activated'} (${agreement.id})`);
  // The datasets context learns the agreement from agreements.v1: the download opens once it has.
  const train = await waitFor(
    async () => {
      const response = await call(urls.datasets, city, demoCompany, 'GET', `/v1/releases/${releaseId}/files/train.parquet`);
      return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 1_000, description: `${demoCompany}'s download of the train split` },
  );
  const timeZone = 'UTC';
  const labels = [...shareableSubCategories];
  const model = trainReference(await parquetRows(train), timeZone);
  const server = referenceServer(model, timeZone, labels);
  try {
    const endpointUrl = await listen(server, 0);
    const version = `1.0.0-${model.artifactSha256.slice(0, 12)}`;
    const existing = await call(urls.validation, city, demoCompany, 'GET', `/v1/solutions/${solutionId}`);
    const card = { version, modelCard: { intendedUse: 'baseline for joint testing (local demo)', limitations: 'categorical features only' }, artifactSha256: model.artifactSha256 };
    if (existing.status === 404) {
      await expectStatus(await call(urls.validation, city, demoCompany, 'POST', '/v1/solutions', { solutionId, name: 'Naive Bayes baseline', task: 'childCommuteHazard', version: card }), 'register the solution', 201);
    } else {
      const view = (await (await expectStatus(existing, 'read the solution', 200)).json()) as { versions: { version: string }[] };
      if (!view.versions.some((v) => v.version === version)) await expectStatus(await call(urls.validation, city, demoCompany, 'POST', `/v1/solutions/${solutionId}/versions`, card), 'publish the version', 201);
    }
    const benchmarkId = `mesh-demo-${releaseId.slice(0, 8)}`;
    await expectStatus(
      await call(urls.validation, city, 'evaluator', 'POST', '/v1/benchmarks', {
        benchmarkId, task: 'childCommuteHazard', labels, criteriaVersion: 'demo-1', sharingPolicy: 'full', minimumCities: 1,
        thresholds: [{ metric: 'accuracy', direction: 'atLeast', value: 0.2 }],
      }),
      'define the benchmark', 201,
    );
    // The validation context learns the release from dataset.releases.v1 before it can adopt a benchmark on it.
    await waitFor(async () => (await call(urls.validation, city, 'evaluator', 'POST', `/v1/benchmarks/${benchmarkId}/adoptions`, { releaseId })).status === 201, {
      timeoutMs: 120_000, intervalMs: 1_000, description: `the adoption of ${benchmarkId} on release ${releaseId}`,
    });
    const run = (await (await expectStatus(await call(urls.validation, city, 'evaluator', 'POST', `/v1/benchmarks/${benchmarkId}/hosted-runs`, { solutionId, version, endpointUrl }), 'the hosted run', 200, 201)).json()) as {
      result: { verdict: string; metrics: Record<string, number>; examples: number };
    };
    const row = await waitFor(
      async () => {
        const board = (await (await call(urls.validation, city, 'evaluator', 'GET', '/v1/leaderboard')).json()) as { benchmarkId: string; solutionId: string; passesJointTesting: boolean }[];
        return board.find((r) => r.benchmarkId === benchmarkId && r.solutionId === solutionId);
      },
      { timeoutMs: 60_000, intervalMs: 1_000, description: 'the result on the leaderboard' },
    );
    return { benchmarkId, solution: `${solutionId}@${version}`, verdict: run.result.verdict, metrics: run.result.metrics, examples: run.result.examples, passesJointTesting: row.passesJointTesting };
  } finally {
    server.close();
  }
}
