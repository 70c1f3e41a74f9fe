import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnonymisedSafetyEvent, SafetyLabel, ValidationResult } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import type { AclBinding } from '@usm/messaging';
import { cityStack, databaseEnvOf, runSql, tokenFor, uniqueName, waitFor } from '@usm/testing';
import { parquetRows, sha256Hex } from '@usm/validation';
import { trainReference } from './reference-solution/reference-model';
import { listen, referenceServer } from './reference-solution/reference-server';
import type { LabelsNode } from './spec-support/datasets-stack';
import { adminKafkaOf, anonymisedEvent, anonymisedEventOf, companyAgreementEvents, publish, readValues, stackCommand, startLabelsService } from './spec-support/datasets-stack';
import type { CityService } from './spec-support/joint-city-services';
import { json, startDatasets, startSites, startValidation, timeZones } from './spec-support/joint-city-services';
import { cleanUpJointCity, prepareJointCity } from './spec-support/joint-city-topics';

/**
 * Issue 11's joint testing on two real city nodes: Incheon and Barcelona each label their events (rules and two
 * annotators), build a test release, and evaluate one company's reference solution in both modes; the results
 * replicate both ways through MirrorMaker 2 and both cities' leaderboards reach the same joint-testing verdict.
 */
type City = 'incheon' | 'barcelona';
const cities: readonly City[] = ['incheon', 'barcelona'];
const partnerOf: Record<City, City> = { incheon: 'barcelona', barcelona: 'incheon' };
const stacks = { incheon: cityStack('incheon'), barcelona: cityStack('barcelona') };
const run = uniqueName('joint');
const prefix = `${run}-`;
const resultsTopic = `${prefix}${topicCatalog.validationResults.name}`;
const labelsTopic = `${prefix}${topicCatalog.safetyLabels.name}`;
const dir = mkdtempSync(join(tmpdir(), 'joint-testing-int-'));
const [S, N] = ['speedingNearSchool', 'noHazard'];
const labels = ['carAccident', 'pedestrianOnRoad', 'hazardOnRoad', 'trafficJam', 'buildingFire', 'suspiciousAction', 'assault', 'fallenPatient', 'heartAttack', 'carWrongDirection', S, N];
const benchmarkId = `joint-${run}`.slice(0, 60);
const solutionId = `poom-nb-${run}`.slice(0, 60);
const company = 'poom-gpu-platform';
const outsider = 'vision-lab';

/** On the morning school run, local time, in a school-zone cell of each city's rule set (as the labels spec). */
const schoolZone: Record<City, { at: number; cell: string }> = {
  incheon: { at: Date.UTC(2026, 11, 2, 23, 0), cell: '8930e0a8127ffff' },
  barcelona: { at: Date.UTC(2026, 11, 3, 7, 30), cell: '89394460327ffff' },
};
/** Four speeding hazards and a wrong-way car in the school zone (rule labels), then a traffic jam no rule labels. */
const schoolZoneEvents = (city: City): AnonymisedSafetyEvent[] => {
  const at = { city, h3Cell: schoolZone[city].cell, h3Resolution: 9, occurredAtBucketStart: schoolZone[city].at, reporterPseudonym: `rp-${city}-${run}`, vehiclePseudonyms: [] };
  return [
    ...[0, 1, 2, 3].map(() => anonymisedEvent({ ...at, eventId: randomUUID(), subCategory: 'hazardOnRoad', severity: 'high' })),
    anonymisedEvent({ ...at, eventId: randomUUID(), subCategory: 'carWrongDirection' }),
    anonymisedEvent({ ...at, eventId: randomUUID(), subCategory: 'trafficJam', severity: 'low' }),
  ];
};
const annotated = { incheon: schoolZoneEvents('incheon'), barcelona: schoolZoneEvents('barcelona') };

const grants: Partial<Record<City, AclBinding[]>> = {};
const labelling: Partial<Record<City, LabelsNode>> = {};
const datasets: Partial<Record<City, CityService>> = {};
const validation: Partial<Record<City, CityService>> = {};
const releases: Partial<Record<City, string>> = {};
const held = new Map<string, Buffer>();
const runs: Record<City, { predictions?: Run; hosted?: Run }> = { incheon: {}, barcelona: {} };
let reference: Server | undefined;
let endpointUrl = '';
let artifactSha256 = '';
let sites: CityService | undefined;
let applicationId = '';
const sitesSchema = uniqueName('joint_sites').replace(/-/g, '_');
const siteIds = [`incheon-michuhol-${run}`, `incheon-songdo-${run}`];

interface Run { runId: string; result: ValidationResult }
interface Standing { city: string; runId: string; verdict: string; releaseId: string }
interface Row { benchmarkId: string; solutionId: string; version: string; cities: Standing[]; citiesPassed: string[]; passesJointTesting: boolean; eligibleIn: string[] }

const dsOf = (city: City) => datasets[city] as CityService;
const valOf = (city: City) => validation[city] as CityService;
const remoteCount = async (city: City, topic: string): Promise<number> => {
  const admin = adminKafkaOf(city).admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return -1;
    return (await admin.fetchTopicOffsets(topic)).reduce((s, p) => s + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
};

beforeAll(async () => {
  for (const city of cities) {
    grants[city] = await prepareJointCity(city, partnerOf[city], prefix);
    const events = [...Array.from({ length: 600 }, (_, n) => anonymisedEventOf(city, run, n)), ...annotated[city]];
    await publish(stacks[city], `${prefix}${topicCatalog.safetyEventsAnonymised.name}`, events.map((value) => ({ key: value.eventId, value })));
    // The company has an agreement with each city on the release's sources (events and labels); vision-lab has none.
    const agreement = companyAgreementEvents(`${run}-${city}-agr`, company, [topicCatalog.safetyEventsAnonymised.name, topicCatalog.safetyLabels.name], ['aiTraining'], Date.now());
    await publish(stacks[city], `${prefix}${topicCatalog.agreements.name}`, agreement.map((value) => ({ key: value.metadata.aggregateId, value })));
  }
  // Results replicate both ways under the source city's prefix, by the stack's MirrorMaker 2, as federation configures it.
  await stackCommand(['mirror', '--flow', `incheon>barcelona:${resultsTopic}`, `barcelona>incheon:${resultsTopic}`]);
  for (const city of cities) await waitFor(async () => (await remoteCount(city, `${partnerOf[city]}.${resultsTopic}`)) >= 0, { timeoutMs: 180_000, intervalMs: 2_000, description: `${partnerOf[city]}.${resultsTopic} in ${city}` });
  const owner = new URL(databaseEnvOf(stacks.incheon, 'sites')['DATABASE_URL'] ?? '').username;
  await runSql(stacks.incheon.database.url, `CREATE SCHEMA ${sitesSchema} AUTHORIZATION "${owner}"`);
  sites = await startSites(stacks.incheon, sitesSchema);
  // allSettled: a city that fails to start must not leave the other's services starting after afterAll ran.
  const starts = await Promise.allSettled(cities.map(async (city) => {
    labelling[city] = await startLabelsService(stacks[city], prefix);
    datasets[city] = await startDatasets(stacks[city], prefix, dir);
    validation[city] = await startValidation(stacks[city], partnerOf[city], prefix, dir, dsOf(city).base);
  }));
  for (const start of starts) if (start.status === 'rejected') throw start.reason;
}, 1_200_000);

afterAll(async () => {
  await Promise.all([sites?.service.stop(), ...cities.flatMap((city) => [validation[city]?.service.stop(), datasets[city]?.service.stop(), labelling[city]?.service.stop()])]);
  await runSql(stacks.incheon.database.url, `DROP SCHEMA IF EXISTS ${sitesSchema} CASCADE`).catch(() => undefined);
  await new Promise<void>((resolve) => (reference ? reference.close(() => resolve()) : resolve()));
  await stackCommand(['unmirror']).catch(() => undefined);
  for (const city of cities) await cleanUpJointCity(city, run, grants[city] ?? []);
}, 180_000);

describe('a company applies to demonstrate its solution at Incheon\'s school gates', () => {
  it('finds the free sites the site manager imported, applies, and is screened, approved, scheduled and started', async () => {
    const csv = ['siteId,city,district,type,name,lat,lng,power,network,mounting', `${siteIds[0]},incheon,Michuhol-gu,schoolZone,Michuhol elementary gate,37.4420,126.6990,yes,lte,pole`, `${siteIds[1]},incheon,Yeonsu-gu,crossing,Songdo elementary crossing,37.3890,126.6450,yes,lte,pole`].join('\n') + '\n';
    const imported = await (sites as CityService).call('POST', '/v1/sites/import', 'site-manager', csv, 'text/csv');
    expect([imported.status, await imported.json()]).toEqual([201, expect.objectContaining({ registered: 2, refused: [] })]);
    const now = Date.now();
    const period = { start: now - 86_400_000, end: now + 30 * 86_400_000 };
    const free = await json<{ siteId: string }[]>(await (sites as CityService).call('GET', `/v1/sites?city=incheon&freeFrom=${period.start}&freeTo=${period.end}`, company));
    expect(free.map((site) => site.siteId)).toEqual(expect.arrayContaining(siteIds));
    const applied = await json<{ applicationId: string; status: string }>(await (sites as CityService).call('POST', '/v1/applications', company, {
      solution: { solutionId, version: '1.0.0' }, siteIds, period, dataNeeds: { categories: ['traffic'], description: 'school-gate events on the school run' },
    }));
    applicationId = applied.applicationId;
    for (const step of ['screen', 'approve', 'schedule', 'start']) expect((await (sites as CityService).call('POST', `/v1/applications/${applicationId}/${step}`, 'site-manager', {})).status).toBe(201);
  }, 120_000);
});

describe.each(cities)('%s labels its events and builds a test release', (city) => {
  it('labels by rule, has two annotators answer, reports Cohen\'s kappa and publishes their human labels', async () => {
    const node = labelling[city] as LabelsNode;
    const onTopic = async () => (await readValues<SafetyLabel>(stacks[city], labelsTopic)).filter((l): l is SafetyLabel => l !== null);
    await waitFor(async () => (await onTopic()).filter((l) => l.labeller.kind === 'rule').length >= 5, { timeoutMs: 180_000, intervalMs: 1_000, description: `5 rule labels in ${city}` });
    const lead = await tokenFor(stacks[city], 'labelling-lead');
    const created = await json<{ taskSetId: string; tasks: { eventId: string }[] }>(await node.call('POST', '/v1/task-sets', lead, { labels: [S, N], requiredAnswers: 2, guidelineVersion: 'child-commute-2026.1', filter: { eventIds: annotated[city].slice(0, 4).map((e) => e.eventId) }, size: 10 }));
    // Incheon: a = S S N N, b = S N N N → κ = 0.5. Barcelona: a = S S S N, b = S N N N → κ = 0.2 (hand-computed in the labels spec).
    const answers = city === 'incheon' ? { annotator: [S, S, N, N], 'annotator-2': [S, N, N, N] } : { annotator: [S, S, S, N], 'annotator-2': [S, N, N, N] };
    const position = new Map(annotated[city].map((e, n) => [e.eventId, n]));
    for (const [annotator, chosen] of Object.entries(answers)) {
      const token = await tokenFor(stacks[city], annotator);
      for (let n = 0; n < created.tasks.length; n += 1) {
        const task = await json<{ taskId: string; event: { eventId: string } }>(await node.call('GET', `/v1/task-sets/${created.taskSetId}/tasks/next`, token));
        expect((await node.call('POST', `/v1/tasks/${task.taskId}/answers`, token, { label: chosen[position.get(task.event.eventId) ?? -1] })).status).toBe(201);
      }
    }
    const agreement = await json<{ agreement: { method: string; kappa: number; observedAgreement: number } }>(await node.call('GET', `/v1/task-sets/${created.taskSetId}/agreement`, lead));
    expect(agreement.agreement.method).toBe('cohen');
    expect(agreement.agreement.kappa).toBeCloseTo(city === 'incheon' ? 0.5 : 0.2, 12);
    process.stdout.write(`measured: ${city} annotation kappa=${agreement.agreement.kappa.toFixed(4)} (Cohen, 2 annotators x 4 tasks, observed ${agreement.agreement.observedAgreement})\n`);
    await waitFor(async () => (await onTopic()).filter((l) => l.labeller.kind === 'human').length >= 8, { timeoutMs: 60_000, intervalMs: 1_000, description: `8 human labels in ${city}` });
  }, 300_000);

  it('builds a test release from its own events and their labels', async () => {
    const definition = {
      definitionId: `joint-${city}-${run}`.slice(0, 60).toLowerCase(), title: `Child-commute hazards, ${city}`, purpose: 'aiTraining',
      sources: { events: [topicCatalog.safetyEventsAnonymised.name], labels: [topicCatalog.safetyLabels.name] }, filters: {},
      quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'], sensitiveColumn: 'subCategory', k: 5, l: 2, maxSuppression: 0.05,
      splits: { train: 0.7, validation: 0.1, test: 0.2, seed: 'joint-testing-seed-2026', stratifyBy: 'category' }, formats: ['parquet'],
      usage: { licence: 'https://creativecommons.org/licenses/by-nc/4.0/', terms: 'AI validation only', accessRights: 'restricted' }, pseudonyms: 'drop',
    };
    expect((await dsOf(city).call('POST', '/v1/definitions', 'data-steward', definition)).status).toBe(201);
    const releaseId = (await json<{ releaseId: string }>(await dsOf(city).call('POST', '/v1/releases', 'data-steward', { definitionId: definition.definitionId }))).releaseId;
    let release: { status: string; problem: string | null; files: { path: string }[] } = { status: 'building', problem: null, files: [] };
    await waitFor(async () => ['published', 'refused', 'failed'].includes((release = await json(await dsOf(city).call('GET', `/v1/releases/${releaseId}`, 'data-steward'))).status), { timeoutMs: 300_000, intervalMs: 1_000, description: `release ${releaseId} of ${city}` });
    expect([release.status, release.problem]).toEqual(['published', null]);
    expect(release.files.map((f) => f.path)).toEqual(expect.arrayContaining(['train.parquet', 'test.parquet']));
    releases[city] = releaseId;
  }, 360_000);
});

describe('one company\'s reference solution, evaluated in both cities', () => {
  it('downloads each city\'s train split under its agreements, trains one model and registers it in both cities; an outsider gets nothing', async () => {
    const trainRows = [];
    for (const city of cities) {
      const train = await dsOf(city).call('GET', `/v1/releases/${releases[city]}/files/train.parquet`, company);
      expect(train.status).toBe(200);
      trainRows.push(...(await parquetRows(Buffer.from(await train.arrayBuffer()))));
      held.set(`${city}/test.parquet`, Buffer.from(await (await dsOf(city).call('GET', `/v1/releases/${releases[city]}/files/test.parquet`, 'data-steward')).arrayBuffer()));
      expect((await dsOf(city).call('GET', `/v1/releases/${releases[city]}/files/train.parquet`, outsider)).status).toBe(403);
    }
    const model = trainReference(trainRows, 'UTC');
    artifactSha256 = model.artifactSha256;
    reference = referenceServer(model, 'UTC', labels);
    endpointUrl = await listen(reference, 0);
    for (const city of cities) {
      const registered = await valOf(city).call('POST', '/v1/solutions', company, {
        solutionId, name: 'Naive Bayes baseline', task: 'childCommuteHazard',
        version: { version: '1.0.0', modelCard: { intendedUse: 'baseline for joint testing', limitations: 'categorical features only' }, artifactSha256 },
      });
      expect(registered.status).toBe(201);
      const defined = await valOf(city).call('POST', '/v1/benchmarks', 'evaluator', {
        benchmarkId, task: 'childCommuteHazard', labels, criteriaVersion: 'criteria-1', sharingPolicy: 'full', minimumCities: 2,
        thresholds: [{ metric: 'accuracy', direction: 'atLeast', value: 0.2 }],
      });
      expect(defined.status).toBe(201);
      await waitFor(async () => (await valOf(city).call('POST', `/v1/benchmarks/${benchmarkId}/adoptions`, 'evaluator', { releaseId: releases[city] })).status === 201, { timeoutMs: 60_000, intervalMs: 1_000, description: `the adoption in ${city}` });
    }
  }, 180_000);

  it.each(cities)('refuses in %s a company without an agreement both the test features and a submission (403)', async (city) => {
    expect((await valOf(city).call('GET', `/v1/benchmarks/${benchmarkId}/features`, outsider)).status).toBe(403);
    const own = `vision-${city}-${run}`.slice(0, 60);
    expect((await valOf(city).call('POST', '/v1/solutions', outsider, { solutionId: own, name: 'Vision', task: 'childCommuteHazard', version: { version: '0.1.0', modelCard: { intendedUse: 'x', limitations: 'y' }, artifactSha256: 'a'.repeat(64) } })).status).toBe(201);
    expect((await valOf(city).call('POST', `/v1/benchmarks/${benchmarkId}/runs?solutionId=${own}&version=0.1.0`, outsider, '{"eventId":"x","label":"noHazard"}\n')).status).toBe(403);
  }, 60_000);

  it.each(cities)('scores in %s the predictions the company computed on the features it downloaded', async (city) => {
    const features = (await (await valOf(city).call('GET', `/v1/benchmarks/${benchmarkId}/features`, company)).text()).trim().split('\n');
    const answers = await Promise.all(features.map(async (line) => JSON.stringify(await json(await fetch(`${endpointUrl}/v1/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: line })))));
    const predictions = answers.join('\n') + '\n';
    held.set(`${city}/predictions.jsonl`, Buffer.from(predictions));
    const submitted = await json<Run>(await valOf(city).call('POST', `/v1/benchmarks/${benchmarkId}/runs?solutionId=${solutionId}&version=1.0.0`, company, predictions));
    expect(submitted.result).toMatchObject({ city, mode: 'predictions', releaseId: releases[city], predictionsSha256: sha256Hex(predictions), releaseFiles: [{ path: 'test.parquet', sha256: sha256Hex(held.get(`${city}/test.parquet`) as Buffer) }] });
    runs[city].predictions = submitted;
    const m = submitted.result.metrics;
    process.stdout.write(`measured: reference solution (predictions) ${city} accuracy=${m['accuracy']?.toFixed(4)} macroF1=${m['macroF1']?.toFixed(4)} rocAuc=${m['rocAuc']?.toFixed(4)} ece=${m['expectedCalibrationError']?.toFixed(4)} examples=${submitted.result.examples} verdict=${submitted.result.verdict}\n`);
  }, 180_000);

  it.each(cities)('calls in %s the hosted endpoint once it serves the registered artifact, and refuses one serving another', async (city) => {
    const hosted = await json<Run>(await valOf(city).call('POST', `/v1/benchmarks/${benchmarkId}/hosted-runs`, 'evaluator', { solutionId, version: '1.0.0', endpointUrl }));
    expect(hosted.result).toMatchObject({ city, mode: 'hosted', releaseId: releases[city] });
    expect(hosted.result.metrics['accuracy']).toBeCloseTo(runs[city].predictions?.result.metrics['accuracy'] as number, 12);
    runs[city].hosted = hosted;
    process.stdout.write(`measured: reference solution (hosted) ${city} accuracy=${hosted.result.metrics['accuracy']?.toFixed(4)} latency p50=${hosted.result.metrics['latencyP50Ms']?.toFixed(2)} ms p99=${hosted.result.metrics['latencyP99Ms']?.toFixed(2)} ms\n`);
    const other = 'f'.repeat(64);
    expect((await valOf(city).call('POST', `/v1/solutions/${solutionId}/versions`, company, { version: '1.0.1', modelCard: { intendedUse: 'x', limitations: 'y' }, artifactSha256: other })).status).toBe(201);
    const refused = await valOf(city).call('POST', `/v1/benchmarks/${benchmarkId}/hosted-runs`, 'evaluator', { solutionId, version: '1.0.1', endpointUrl });
    expect([refused.status, await refused.json()]).toEqual([422, expect.objectContaining({ code: 'VALIDATION.ARTIFACT_MISMATCH', message: expect.stringContaining(artifactSha256) })]);
  }, 240_000);
});

describe('results travel, boards agree, hashes verify', () => {
  const ids = (city: City) => [runs[city].predictions?.runId, runs[city].hosted?.runId].sort();

  it.each(cities)('replicates %s\'s results to its partner under its prefix, by MirrorMaker 2', async (city) => {
    const remote = `${city}.${resultsTopic}`;
    const partner = partnerOf[city];
    await waitFor(async () => (await remoteCount(partner, remote)) >= 2, { timeoutMs: 180_000, intervalMs: 2_000, description: `2 results in ${partner}'s ${remote}` });
    const copies = (await readValues<ValidationResult>(stacks[partner], remote)).filter((r): r is ValidationResult => r !== null);
    expect(copies.map((r) => r.runId).sort()).toEqual(ids(city));
    expect(copies.every((r) => r.city === city)).toBe(true);
  }, 240_000);

  it('shows both cities\' results on both leaderboards, with the same verdicts and the same joint-testing status', async () => {
    const boards: Partial<Record<City, Row>> = {};
    for (const city of cities) {
      await waitFor(async () => {
        const board = await json<Row[]>(await valOf(city).call('GET', '/v1/leaderboard', 'evaluator'));
        boards[city] = board.find((r) => r.benchmarkId === benchmarkId && r.solutionId === solutionId && r.version === '1.0.0');
        return (boards[city]?.cities.length ?? 0) === 2;
      }, { timeoutMs: 120_000, intervalMs: 1_000, description: `both cities on ${city}'s leaderboard` });
    }
    const [a, b] = [boards.incheon as Row, boards.barcelona as Row];
    const standing = (row: Row) => row.cities.map((c) => [c.city, c.runId, c.verdict, c.releaseId]).sort();
    expect(standing(a)).toEqual(standing(b));
    expect(standing(a)).toEqual(cities.map((city) => [city, runs[city].hosted?.runId, runs[city].hosted?.result.verdict, releases[city]]).sort());
    expect([a.passesJointTesting, a.eligibleIn]).toEqual([b.passesJointTesting, b.eligibleIn]);
    expect(a.passesJointTesting).toBe(cities.every((city) => runs[city].hosted?.result.verdict === 'passed'));
    process.stdout.write(`measured: leaderboard verdicts incheon=${runs.incheon.hosted?.result.verdict} barcelona=${runs.barcelona.hosted?.result.verdict} passesJointTesting=${a.passesJointTesting} (both boards)\n`);
    for (const city of cities) {
      const evidence = await json<{ results: ValidationResult[] }>(await valOf(city).call('GET', `/v1/solutions/${solutionId}/evidence`, company));
      expect(evidence.results.map((r) => r.runId).sort()).toEqual([...ids('incheon'), ...ids('barcelona')].sort());
    }
  }, 180_000);

  it('verifies Incheon\'s result as Barcelona received it, from the test split and predictions, and fails a tampered predictions file', async () => {
    const local = join(dir, 'verify');
    mkdirSync(local, { recursive: true });
    writeFileSync(join(local, 'test.parquet'), held.get('incheon/test.parquet') as Buffer);
    const predictions = (held.get('incheon/predictions.jsonl') as Buffer).toString('utf8');
    writeFileSync(join(local, 'predictions.jsonl'), predictions);
    const evidence = await json<{ results: ValidationResult[] }>(await valOf('barcelona').call('GET', `/v1/solutions/${solutionId}/evidence`, 'evaluator'));
    const copy = evidence.results.find((r) => r.runId === runs.incheon.predictions?.runId);
    expect(copy).toMatchObject({ city: 'incheon', predictionsSha256: sha256Hex(predictions) });
    writeFileSync(join(local, 'result.json'), JSON.stringify(copy));
    const root = join(__dirname, '..', '..', '..');
    const verify = (file: string) => spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'tools', 'mesh-cli', 'main.ts'), 'validation', 'verify', join(local, 'result.json'), '--release-dir', local, '--predictions', file, '--time-zone', timeZones['incheon'] as string], { cwd: root, encoding: 'utf8' });
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

describe('the demonstration links site → solution → releases → validation results', () => {
  it('completes Incheon\'s demonstration with the release it was tested on and its results, and shows the links', async () => {
    const resultIds = [runs.incheon.predictions?.runId, runs.incheon.hosted?.runId] as string[];
    const completed = await (sites as CityService).call('POST', `/v1/applications/${applicationId}/complete`, 'site-manager', { releaseIds: [releases.incheon], resultIds });
    expect(completed.status).toBe(201);
    const shown = await json<{ status: string; links: { sites: { siteId: string; reservationId: string | null }[]; solution: object; releases: { releaseId: string }[]; results: { resultId: string }[] } }>(
      await (sites as CityService).call('GET', `/v1/applications/${applicationId}`, company),
    );
    expect(shown.status).toBe('completed');
    expect(shown.links.sites.map((s) => s.siteId)).toEqual(siteIds);
    expect(shown.links.solution).toEqual({ solutionId, version: '1.0.0' });
    expect(shown.links.releases).toEqual([expect.objectContaining({ releaseId: releases.incheon })]);
    expect(shown.links.results.map((r) => r.resultId)).toEqual(resultIds);
    // Each link resolves where it lives: the release on the datasets service, the results on the validation service.
    for (const { resultId } of shown.links.results) expect((await json<{ result: ValidationResult }>(await valOf('incheon').call('GET', `/v1/runs/${resultId}`, 'evaluator'))).result.releaseId).toBe(releases.incheon);
  }, 60_000);
});
