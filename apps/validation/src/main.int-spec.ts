import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationResult } from '@usm/contracts';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import type { AclBinding } from '@usm/messaging';
import { SchemaRegistry, bindingsOf, consumes, grantAcls, produces, reads, revokeAcls } from '@usm/messaging';
import type { ServiceProcess } from '@usm/testing';
import { authEnvOf, cityStack, databaseEnvOf, freePort, kafkaEnvOf, registryCredentialsOf, registryEnvOf, spawnService, tokenFor, uniqueName, waitFor } from '@usm/testing';
import { answer, trainReference } from './reference-solution/reference-model';
import { listen, referenceServer } from './reference-solution/reference-server';
import { parquetRows, sha256Hex } from '@usm/validation';
import { adminKafkaOf, anonymisedEventOf, companyAgreementEvents, publish, readValues } from './spec-support/datasets-stack';

const incheon = cityStack('incheon');
const run = uniqueName('valid');
const prefix = `${run}-`;
const topics = [topicCatalog.safetyEventsAnonymised, topicCatalog.agreements, topicCatalog.datasetReleases, topicCatalog.validationResults];
const named = (t: { name: string }) => `${prefix}${t.name}`;
const dir = mkdtempSync(join(tmpdir(), 'validation-int-'));
writeFileSync(join(dir, 'signing.key'), randomBytes(32));
const labels = ['carAccident', 'pedestrianOnRoad', 'hazardOnRoad', 'trafficJam', 'buildingFire', 'suspiciousAction', 'assault', 'fallenPatient', 'heartAttack'];
const benchmarkId = `commute-${run}`.slice(0, 60);
const solutionId = `poom-nb-${run}`.slice(0, 60);

/**
 * Every broker rule this spec grants, revoked in afterAll even when a test failed. The consumer groups
 * (`incheon-datasets…`, `incheon-validation…`) are topics:apply's rules: revoking equal bindings here would remove them.
 */
const granted: AclBinding[] = [
  ...bindingsOf('datasets', [reads(named(topicCatalog.safetyEventsAnonymised)), reads(named(topicCatalog.agreements)), produces(named(topicCatalog.datasetReleases))]),
  ...bindingsOf('validation', [...consumes(named(topicCatalog.datasetReleases)), ...consumes(named(topicCatalog.validationResults)), produces(named(topicCatalog.validationResults))]),
];

let added: AclBinding[] = [];
let datasets: ServiceProcess;
let validation: ServiceProcess;
let reference: Server;
let datasetsUrl = '';
let validationUrl = '';
let releaseId = '';
const held = new Map<string, Buffer>();

const call = async (base: string, method: string, path: string, client?: string, body?: object | string) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': typeof body === 'string' ? 'application/x-ndjson' : 'application/json', ...(client ? { authorization: `Bearer ${await tokenFor(incheon, client)}` } : {}) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
const json = async <T>(response: Response): Promise<T> => {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return JSON.parse(text) as T;
};
const ready = (service: ServiceProcess, base: string, what: string) =>
  waitFor(async () => (await fetch(`${base}/health/ready`).catch(() => ({ ok: false }))).ok, { timeoutMs: 180_000, description: what }).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('')}`);
  });

interface Run { runId: string; result: ValidationResult; checks: unknown[] }

beforeAll(async () => {
  const admin = adminKafkaOf('incheon').admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: topics.map((t) => ({ topic: named(t), numPartitions: t.partitions, replicationFactor: 1 })) });
  await admin.disconnect();
  const registry = new SchemaRegistry({ url: incheon.registry.url, credentials: registryCredentialsOf(incheon, 'registry-provisioning') });
  for (const t of topics) await registry.register(subjectOf(named(t)), loadValueSchema(t) as never);
  added = await grantAcls(adminKafkaOf('incheon'), granted);
  await publish(incheon, named(topicCatalog.safetyEventsAnonymised), Array.from({ length: 600 }, (_, n) => anonymisedEventOf('incheon', run, n)).map((value) => ({ key: value.eventId, value })));
  await publish(incheon, named(topicCatalog.agreements), companyAgreementEvents(`${run}-agr`, 'poom-gpu-platform', [topicCatalog.safetyEventsAnonymised.name], ['aiTraining'], Date.now()).map((value) => ({ key: value.metadata.aggregateId, value })));

  const [datasetsPort, validationPort] = [await freePort(), await freePort()];
  datasetsUrl = `http://127.0.0.1:${datasetsPort}`;
  validationUrl = `http://127.0.0.1:${validationPort}`;
  datasets = spawnService('apps/datasets/src/main.ts', {
    MESH_CITY: 'incheon', ...kafkaEnvOf(incheon, 'datasets'), ...registryEnvOf(incheon, 'registry-datasets'), ...databaseEnvOf(incheon, 'datasets'), ...authEnvOf(incheon, 'datasets'),
    DATASETS_PORT: String(datasetsPort), DATASETS_ARTIFACT_DIR: join(dir, 'artifacts'), DATASETS_URL_SIGNING_SECRET_FILE: join(dir, 'signing.key'), DATASETS_TOPIC_PREFIX: prefix, LOG_LEVEL: 'warn',
  });
  await ready(datasets, datasetsUrl, `the datasets service on ${datasetsUrl}`);
  const definition = {
    definitionId: `commute-${run}`.slice(0, 60).toLowerCase(), title: 'Child-commute hazards, Incheon', purpose: 'aiTraining',
    sources: { events: [topicCatalog.safetyEventsAnonymised.name], labels: [] }, filters: {},
    quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'], sensitiveColumn: 'subCategory', k: 5, l: 2, maxSuppression: 0.05,
    splits: { train: 0.7, validation: 0.1, test: 0.2, seed: 'child-commute-seed-2026', stratifyBy: 'category' }, formats: ['parquet'],
    usage: { licence: 'https://creativecommons.org/licenses/by-nc/4.0/', terms: 'AI validation only', accessRights: 'restricted' }, pseudonyms: 'drop',
  };
  await json(await call(datasetsUrl, 'POST', '/v1/definitions', 'data-steward', definition));
  releaseId = (await json<{ releaseId: string }>(await call(datasetsUrl, 'POST', '/v1/releases', 'data-steward', { definitionId: definition.definitionId }))).releaseId;
  await waitFor(async () => ['published', 'refused', 'failed'].includes((await json<{ status: string }>(await call(datasetsUrl, 'GET', `/v1/releases/${releaseId}`, 'data-steward'))).status), { timeoutMs: 180_000, intervalMs: 1_000, description: `release ${releaseId}` });

  validation = spawnService('apps/validation/src/main.ts', {
    MESH_CITY: 'incheon', ...kafkaEnvOf(incheon, 'validation'), ...registryEnvOf(incheon, 'registry-validation'), ...databaseEnvOf(incheon, 'validation'), ...authEnvOf(incheon, 'validation'),
    VALIDATION_PORT: String(validationPort), VALIDATION_TIME_ZONE: 'Asia/Seoul', VALIDATION_RELEASE_ARTIFACT_DIR: join(dir, 'artifacts'), VALIDATION_DATASETS_URL: datasetsUrl,
    VALIDATION_TOPIC_PREFIX: prefix, LOG_LEVEL: 'warn',
  });
  await ready(validation, validationUrl, `the validation service on ${validationUrl}`);
}, 900_000);

afterAll(async () => {
  await Promise.all([validation?.stop(), datasets?.stop()]);
  await new Promise<void>((resolve) => (reference ? reference.close(() => resolve()) : resolve()));
  await revokeAcls(adminKafkaOf('incheon'), added).catch(() => undefined);
  const admin = adminKafkaOf('incheon').admin();
  await admin.connect();
  const mine = (await admin.listTopics()).filter((t) => t.includes(run));
  if (mine.length > 0) await admin.deleteTopics({ topics: mine });
  await admin.disconnect();
}, 120_000);

describe('Incheon validates the reference solution on its own test release, in both modes', () => {
  const runs: Run[] = [];

  it('builds the release, registers the solution and adopts the benchmark on the release', async () => {
    const release = await json<{ status: string; files: { path: string }[] }>(await call(datasetsUrl, 'GET', `/v1/releases/${releaseId}`, 'data-steward'));
    expect(release.status).toBe('published');
    for (const path of ['train.parquet', 'test.parquet']) held.set(path, Buffer.from(await (await call(datasetsUrl, 'GET', `/v1/releases/${releaseId}/files/${path}`, 'poom-gpu-platform')).arrayBuffer()));
    const model = trainReference(await parquetRows(held.get('train.parquet') as Buffer), 'Asia/Seoul');
    reference = referenceServer(model, 'Asia/Seoul', labels);
    const registered = await call(validationUrl, 'POST', '/v1/solutions', 'poom-gpu-platform', {
      solutionId, name: 'Naive Bayes baseline', task: 'childCommuteHazard',
      version: { version: '1.0.0', modelCard: { intendedUse: 'baseline for joint testing', limitations: 'categorical features only' }, artifactSha256: model.artifactSha256 },
    });
    expect(registered.status).toBe(201);
    expect(await json(await call(validationUrl, 'GET', `/v1/solutions/${solutionId}/versions/1.0.0`, 'evaluator'))).toMatchObject({ companyId: 'poom-gpu-platform', artifactSha256: model.artifactSha256, withdrawn: false });
    const defined = await call(validationUrl, 'POST', '/v1/benchmarks', 'evaluator', {
      benchmarkId, task: 'childCommuteHazard', labels, criteriaVersion: 'criteria-1', sharingPolicy: 'full', minimumCities: 1,
      thresholds: [{ metric: 'accuracy', direction: 'atLeast', value: 0.2 }],
    });
    expect(defined.status).toBe(201);
    await waitFor(async () => (await call(validationUrl, 'POST', `/v1/benchmarks/${benchmarkId}/adoptions`, 'evaluator', { releaseId })).status === 201, { timeoutMs: 60_000, intervalMs: 1_000, description: 'the adoption (release announced on dataset.releases.v1)' });
  }, 120_000);

  it('gives a covered company the test features without any label column, and a company without agreement 403', async () => {
    const response = await call(validationUrl, 'GET', `/v1/benchmarks/${benchmarkId}/features`, 'poom-gpu-platform');
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l) as { eventId: string; features: Record<string, unknown> });
    const testRows = await parquetRows(held.get('test.parquet') as Buffer);
    expect(lines.map((l) => l.eventId).sort()).toEqual(testRows.map((r) => String(r['eventId'])).sort());
    for (const line of lines) for (const column of ['subCategory', 'label', 'labelConfidence', 'labellerKind']) expect(line.features).not.toHaveProperty(column);
    expect((await call(validationUrl, 'GET', `/v1/benchmarks/${benchmarkId}/features`, 'vision-lab')).status).toBe(403);
    expect((await call(validationUrl, 'GET', `/v1/benchmarks/${benchmarkId}/features`)).status).toBe(401);
  }, 60_000);

  it('scores uploaded predictions and publishes the result with the hashes of the test split and the predictions', async () => {
    const features = (await (await call(validationUrl, 'GET', `/v1/benchmarks/${benchmarkId}/features`, 'poom-gpu-platform')).text()).trim().split('\n').map((l) => JSON.parse(l) as { eventId: string; features: Record<string, string | number | null> });
    const model = trainReference(await parquetRows(held.get('train.parquet') as Buffer), 'Asia/Seoul');
    const predictions = features.map((f) => {
      const a = answer(model, f, 'Asia/Seoul');
      const known = Object.fromEntries(Object.entries(a.scores).filter(([l]) => labels.includes(l)));
      return JSON.stringify({ eventId: a.eventId, label: a.label, scores: known });
    }).join('\n') + '\n';
    held.set('predictions.jsonl', Buffer.from(predictions));
    const submitted = await json<Run>(await call(validationUrl, 'POST', `/v1/benchmarks/${benchmarkId}/runs?solutionId=${solutionId}&version=1.0.0`, 'poom-gpu-platform', predictions));
    runs.push(submitted);
    expect(submitted.result).toMatchObject({
      benchmarkId, mode: 'predictions', scorerVersion: 'usm-scorer-1', releaseId, sharing: 'full', verdict: expect.stringMatching(/passed|failed/),
      predictionsSha256: sha256Hex(predictions), releaseFiles: [{ path: 'test.parquet', sha256: sha256Hex(held.get('test.parquet') as Buffer) }],
    });
    expect(submitted.result.metrics).toEqual(expect.objectContaining({ accuracy: expect.any(Number), macroF1: expect.any(Number), rocAuc: expect.any(Number), expectedCalibrationError: expect.any(Number) }));
    expect(Object.keys(submitted.result.metrics).some((k) => k.startsWith('slice.district.'))).toBe(true);
    process.stdout.write(`measured: reference solution (predictions) incheon accuracy=${submitted.result.metrics['accuracy']?.toFixed(4)} macroF1=${submitted.result.metrics['macroF1']?.toFixed(4)} rocAuc=${submitted.result.metrics['rocAuc']?.toFixed(4)} ece=${submitted.result.metrics['expectedCalibrationError']?.toFixed(4)} examples=${submitted.result.examples}\n`);
  }, 120_000);

  it('refuses a company without an agreement its submission (403), and a company another company\'s solution', async () => {
    const visionSolution = `vision-${run}`.slice(0, 60);
    expect((await call(validationUrl, 'POST', '/v1/solutions', 'vision-lab', { solutionId: visionSolution, name: 'Vision', task: 'childCommuteHazard', version: { version: '0.1.0', modelCard: { intendedUse: 'x', limitations: 'y' }, artifactSha256: 'a'.repeat(64) } })).status).toBe(201);
    const predictions = (held.get('predictions.jsonl') as Buffer).toString('utf8');
    expect((await call(validationUrl, 'POST', `/v1/benchmarks/${benchmarkId}/runs?solutionId=${visionSolution}&version=0.1.0`, 'vision-lab', predictions)).status).toBe(403);
    expect((await call(validationUrl, 'POST', `/v1/benchmarks/${benchmarkId}/runs?solutionId=${solutionId}&version=1.0.0`, 'vision-lab', predictions)).status).toBe(403);
  }, 60_000);

  it('calls the reference solution\'s inference endpoint in hosted mode and measures latency p50/p99', async () => {
    const endpointUrl = await listen(reference, 0);
    const hosted = await json<Run>(await call(validationUrl, 'POST', `/v1/benchmarks/${benchmarkId}/hosted-runs`, 'evaluator', { solutionId, version: '1.0.0', endpointUrl }));
    runs.push(hosted);
    expect(hosted.result).toMatchObject({ mode: 'hosted', benchmarkId, releaseId, scorerVersion: 'usm-scorer-1' });
    expect(hosted.result.metrics).toEqual(expect.objectContaining({ latencyP50Ms: expect.any(Number), latencyP99Ms: expect.any(Number) }));
    expect(hosted.result.metrics['latencyP99Ms']).toBeGreaterThanOrEqual(hosted.result.metrics['latencyP50Ms'] as number);
    // The same model answers the same features alike in both modes: the scores agree, only latency is new.
    expect(hosted.result.metrics['accuracy']).toBeCloseTo(runs[0]?.result.metrics['accuracy'] as number, 12);
    process.stdout.write(`measured: reference solution (hosted) incheon accuracy=${hosted.result.metrics['accuracy']?.toFixed(4)} macroF1=${hosted.result.metrics['macroF1']?.toFixed(4)} latency p50=${hosted.result.metrics['latencyP50Ms']?.toFixed(2)} ms p99=${hosted.result.metrics['latencyP99Ms']?.toFixed(2)} ms\n`);
  }, 180_000);

  it('publishes both results on validation.results.v1 and shows them on the leaderboard and the evidence page', async () => {
    await waitFor(async () => (await readValues<ValidationResult>(incheon, named(topicCatalog.validationResults))).length >= 2, { timeoutMs: 60_000, intervalMs: 1_000, description: 'two results on the topic' });
    const published = await readValues<ValidationResult>(incheon, named(topicCatalog.validationResults));
    expect(published.map((r) => r.runId).sort()).toEqual(runs.map((r) => r.runId).sort());
    for (const r of published) expect(r).toMatchObject({ releaseSha256: expect.stringMatching(/^[0-9a-f]{64}$/), predictionsSha256: expect.stringMatching(/^[0-9a-f]{64}$/), scorerVersion: 'usm-scorer-1' });
    let board: { benchmarkId: string; solutionId: string; cities: { city: string; runId: string; verdict: string }[]; passesJointTesting: boolean }[] = [];
    await waitFor(async () => {
      board = await json(await call(validationUrl, 'GET', '/v1/leaderboard', 'evaluator'));
      return board.some((row) => row.solutionId === solutionId);
    }, { timeoutMs: 60_000, intervalMs: 1_000, description: 'the leaderboard to show the solution' });
    const row = board.find((r) => r.benchmarkId === benchmarkId && r.solutionId === solutionId);
    expect(row?.cities.map((c) => c.city)).toEqual(['incheon']);
    expect(row?.passesJointTesting).toBe(row?.cities[0]?.verdict === 'passed');
    const evidence = await json<{ results: ValidationResult[] }>(await call(validationUrl, 'GET', `/v1/solutions/${solutionId}/evidence`, 'poom-gpu-platform'));
    expect(evidence.results.map((r) => r.runId).sort()).toEqual(runs.map((r) => r.runId).sort());
  }, 120_000);

  it('verifies the predictions result with mesh validation verify, and fails it on a tampered predictions file', async () => {
    const local = join(dir, 'held');
    mkdirSync(local, { recursive: true });
    writeFileSync(join(local, 'test.parquet'), held.get('test.parquet') as Buffer);
    const predictions = (held.get('predictions.jsonl') as Buffer).toString('utf8');
    writeFileSync(join(local, 'predictions.jsonl'), predictions);
    const document = await json<object>(await call(validationUrl, 'GET', `/v1/runs/${runs[0]?.runId}`, 'evaluator'));
    writeFileSync(join(local, 'run.json'), JSON.stringify(document));
    const root = join(__dirname, '..', '..', '..');
    const verify = (file: string) => spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'tools', 'mesh-cli', 'main.ts'), 'validation', 'verify', join(local, 'run.json'), '--release-dir', local, '--predictions', file, '--time-zone', 'Asia/Seoul'], { cwd: root, encoding: 'utf8' });
    const ok = verify(join(local, 'predictions.jsonl'));
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining('verified run')]);
    const lines = predictions.trim().split('\n');
    const first = JSON.parse(lines[0] as string) as { eventId: string; label: string };
    lines[0] = JSON.stringify({ ...first, label: labels.find((l) => l !== first.label) });
    writeFileSync(join(local, 'tampered.jsonl'), lines.join('\n') + '\n');
    const tampered = verify(join(local, 'tampered.jsonl'));
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain('mismatch predictionsSha256');
  }, 120_000);
});
