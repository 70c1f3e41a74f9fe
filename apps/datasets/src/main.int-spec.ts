import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DatasetReleaseEvent, DatasetReleaseWithdrawn, DatasetReleased } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import type { QuasiIdentifier, SensitiveColumn } from '@usm/datasets';
import { LocalDirectoryArtifactStore, readAvroContainer, readParquet, verifyRelease } from '@usm/datasets';
import { anonymisedEventOf } from '@usm/datasets/testing';
import type { ServiceProcess } from '@usm/testing';
import { authEnvOf, cityStack, databaseEnvOf, freePort, kafkaEnvOf, readStack, registryEnvOf, spawnService, tokenFor, uniqueName, waitFor } from '@usm/testing';
import { measureRows, sha256 } from './testing/independent-check';
import { readValues } from './testing/read-values';
import { adminKafkaOf, companyAgreementEvents, prepareTopics, publish, stackCommand } from './testing/two-city-topics';

const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const run = uniqueName('dsrel');
const prefix = `${run}-`;
const anonymised = topicCatalog.safetyEventsAnonymised.name;
const incheonTopic = `${prefix}${anonymised}`;
const remoteTopic = `incheon.${incheonTopic}`;
const perCity = 600;
const dir = mkdtempSync(join(tmpdir(), 'datasets-int-'));
const signingKey = randomBytes(32);
writeFileSync(join(dir, 'signing.key'), signingKey);

interface Release {
  releaseId: string; status: string; problem: string | null; supersededBy: string | null;
  anonymity: { k: number; l: number; input: number; released: number; suppressed: number; suppressionRate: number; informationLoss: number; generalisation: object } | null;
  targets: { quasiIdentifiers: QuasiIdentifier[]; sensitiveColumn: SensitiveColumn; k: number; l: number };
  files: { path: string; sha256: string; sizeBytes: number; recordCount: number | null; split: string | null; format: string }[];
}

let service: ServiceProcess;
let base = '';
const call = async (method: string, path: string, token?: string, body?: object, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, ...(body ? { body: JSON.stringify(body) } : {}) });
const steward = () => tokenFor(barcelona, 'data-steward');
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

async function built(releaseId: string): Promise<Release> {
  let release: Release | undefined;
  await waitFor(async () => {
    release = await json<Release>(await call('GET', `/v1/releases/${releaseId}`, await steward()));
    return ['published', 'refused', 'failed'].includes(release.status);
  }, { timeoutMs: 120_000, intervalMs: 500, description: `release ${releaseId} to settle` });
  return release as Release;
}

/** Revokes the datasets principal's rules this spec granted on its topics (in afterAll, whatever failed). */
const revokes: (() => Promise<void>)[] = [];

beforeAll(async () => {
  revokes.push(await prepareTopics('incheon', prefix, [topicCatalog.safetyEventsAnonymised]));
  revokes.push(await prepareTopics('barcelona', prefix, [topicCatalog.safetyEventsAnonymised, topicCatalog.agreements, topicCatalog.datasetReleases], [remoteTopic]));
  const events = (city: string) => Array.from({ length: perCity }, (_, n) => anonymisedEventOf(city, run, n)).map((value) => ({ key: value.eventId, value }));
  await publish(incheon, incheonTopic, events('incheon'));
  await publish(barcelona, `${prefix}${anonymised}`, events('barcelona'));
  await publish(barcelona, `${prefix}${topicCatalog.agreements.name}`, companyAgreementEvents(`${run}-agr`, 'poom-gpu-platform', [anonymised], ['aiTraining'], Date.now()).map((value) => ({ key: value.metadata.aggregateId, value })));
  await stackCommand(['mirror', '--flow', `incheon>barcelona:${incheonTopic}`]);
  const admin = adminKafkaOf('barcelona').admin();
  await admin.connect();
  await waitFor(async () => (await admin.listTopics()).includes(remoteTopic) && (await admin.fetchTopicOffsets(remoteTopic)).reduce((s, p) => s + Number(p.high), 0) >= perCity, {
    timeoutMs: 120_000, intervalMs: 1_000, description: `${perCity} records in ${remoteTopic}`,
  });
  await admin.disconnect();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const partnerSecret = readStack().cities['incheon']?.registry.clients['partner-barcelona']?.secretFile ?? '';
  service = spawnService('apps/datasets/src/main.ts', {
    MESH_CITY: 'barcelona',
    ...kafkaEnvOf(barcelona, 'datasets'),
    ...registryEnvOf(barcelona, 'registry-datasets'),
    ...databaseEnvOf(barcelona, 'datasets'),
    ...authEnvOf(barcelona, 'datasets'),
    DATASETS_PORT: String(port),
    DATASETS_ARTIFACT_DIR: join(dir, 'artifacts'),
    DATASETS_URL_SIGNING_SECRET_FILE: join(dir, 'signing.key'),
    DATASETS_TOPIC_PREFIX: prefix,
    DATASETS_PARTNER_REGISTRIES: `incheon=${incheon.registry.url}`,
    DATASETS_PARTNER_REGISTRY_SECRET_FILES: `incheon=${partnerSecret}`,
    LOG_LEVEL: 'warn',
  });
  await waitFor(async () => (await fetch(`${base}/health/ready`).catch(() => ({ ok: false }))).ok, { timeoutMs: 120_000, description: `the datasets service on ${base}` }).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('')}`);
  });
}, 400_000);

afterAll(async () => {
  try {
    await service?.stop();
    await stackCommand(['unmirror']).catch(() => undefined);
    for (const city of ['incheon', 'barcelona']) {
      const admin = adminKafkaOf(city).admin();
      await admin.connect();
      const mine = (await admin.listTopics()).filter((t) => t.includes(run));
      if (mine.length > 0) await admin.deleteTopics({ topics: mine });
      await admin.disconnect();
    }
  } finally {
    for (const revoke of revokes) await revoke();
  }
}, 120_000);

describe('Barcelona releases a dataset from its own and Incheon\'s replicated anonymised events', () => {
  const definition = {
    definitionId: `school-zone-${run}`.slice(0, 60).toLowerCase(),
    title: 'School-zone hazards, Barcelona and Incheon',
    purpose: 'aiTraining',
    sources: { events: [anonymised, `incheon.${anonymised}`], labels: [] },
    filters: {},
    quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'],
    sensitiveColumn: 'subCategory',
    k: 5,
    l: 2,
    maxSuppression: 0.05,
    splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'school-zone-seed-2026', stratifyBy: 'category' },
    formats: ['avro', 'parquet'],
    usage: { licence: 'https://creativecommons.org/licenses/by-nc/4.0/', terms: 'AI training only; no re-identification', accessRights: 'restricted' },
    pseudonyms: 'drop',
  };
  let first: Release;
  let second: Release;
  const files = new Map<string, Buffer>();

  it('defines the dataset and builds a release that reaches k and l from both cities\' events', async () => {
    const defined = await call('POST', '/v1/definitions', await steward(), definition);
    expect([defined.status, defined.status === 201 ? null : await defined.text()]).toEqual([201, null]);
    const requested = await call('POST', '/v1/releases', await steward(), { definitionId: definition.definitionId });
    expect(requested.status).toBe(202);
    first = await built((await json<{ releaseId: string }>(requested)).releaseId);
    expect(first).toMatchObject({ status: 'published', problem: null });
    const a = first.anonymity as NonNullable<Release['anonymity']>;
    expect(a.input).toBe(2 * perCity);
    expect(a.k).toBeGreaterThanOrEqual(5);
    expect(a.l).toBeGreaterThanOrEqual(2);
    expect(a.suppressionRate).toBeLessThanOrEqual(0.05);
    process.stdout.write(`measured: release ${first.releaseId} k=${a.k} l=${a.l} rows=${a.released}/${a.input} suppressed=${a.suppressed} (${(a.suppressionRate * 100).toFixed(2)} %) information loss=${a.informationLoss.toFixed(4)} generalisation=${JSON.stringify(a.generalisation)}\n`);
  }, 180_000);

  it('passes an independent check of its files: k, l and row counts from the Parquet and Avro bytes, every SHA-256', async () => {
    const token = await steward();
    for (const file of first.files) {
      const response = await call('GET', `/v1/releases/${first.releaseId}/files/${file.path}`, token);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(sha256(bytes)).toBe(file.sha256);
      expect(response.headers.get('x-checksum-sha256')).toBe(file.sha256);
      files.set(file.path, bytes);
    }
    const rowsOf = async (format: string) => (await Promise.all(first.files.filter((f) => f.format === format).map(async (f) => (format === 'parquet' ? await readParquet(files.get(f.path) as Buffer) : await readAvroContainer(files.get(f.path) as Buffer)).records))).flat();
    for (const format of ['parquet', 'avro']) {
      const rows = await rowsOf(format);
      expect(rows).toHaveLength(first.anonymity?.released ?? -1);
      expect(new Set(rows.map((r) => r['city']))).toEqual(new Set(['barcelona', 'incheon']));
      const measured = measureRows(rows, first.targets.quasiIdentifiers, first.targets.sensitiveColumn);
      expect(measured.k).toBeGreaterThanOrEqual(5);
      expect(measured.l).toBeGreaterThanOrEqual(2);
      expect(rows.every((r) => !('reporterPseudonym' in r) && !JSON.stringify(r).includes('rp-'))).toBe(true);
    }
    const local = join(dir, 'downloaded');
    for (const [path, bytes] of files) {
      mkdirSync(join(local, first.releaseId), { recursive: true });
      writeFileSync(join(local, first.releaseId, path), bytes);
    }
    const report = await verifyRelease(new LocalDirectoryArtifactStore(local), first.releaseId, {
      files: first.files.map((f) => ({ path: f.path, sha256: f.sha256, recordCount: f.recordCount })),
      k: first.anonymity?.k ?? -1, l: first.anonymity?.l ?? -1, targets: { k: 5, l: 2 },
      quasiIdentifiers: first.targets.quasiIdentifiers, sensitiveColumn: first.targets.sensitiveColumn,
    });
    expect(report).toMatchObject({ ok: true });
  }, 120_000);

  it('rebuilds byte-identical Avro, Parquet and lineage files on the same snapshot', async () => {
    const requested = await call('POST', '/v1/releases', await steward(), { definitionId: definition.definitionId, snapshotOf: first.releaseId });
    second = await built((await json<{ releaseId: string }>(requested)).releaseId);
    expect(second.status).toBe('published');
    const dataOf = (r: Release) => Object.fromEntries(r.files.filter((f) => f.split !== null || f.path === 'lineage.jsonl').map((f) => [f.path, f.sha256]));
    expect(dataOf(second)).toEqual(dataOf(first));
    expect(Object.keys(dataOf(first))).toEqual(expect.arrayContaining(['train.avro', 'train.parquet', 'test.parquet', 'lineage.jsonl']));
  }, 180_000);

  it('traces a row back to its source city, topic, partition, offset and event id', async () => {
    const firstLine = (files.get('lineage.jsonl') as Buffer).toString('utf8').split('\n')[0] as string;
    const { rowId } = JSON.parse(firstLine) as { rowId: string };
    const response = await call('GET', `/v1/releases/${first.releaseId}/lineage/${rowId}`, await steward());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ rowId, event: { city: expect.stringMatching(/^(incheon|barcelona)$/), topic: expect.stringContaining(anonymised), partition: expect.any(Number), offset: expect.any(String), eventId: expect.any(String) } });
  });

  it('answers 401 without a token, 403 to a company without an agreement, and serves a covered company, resumable with Range', async () => {
    const path = 'train.parquet';
    const full = files.get(path) as Buffer;
    expect((await call('GET', `/v1/releases/${first.releaseId}/files/${path}`)).status).toBe(401);
    expect((await call('GET', `/v1/releases/${first.releaseId}/files/${path}`, await tokenFor(barcelona, 'vision-lab'))).status).toBe(403);
    const poom = await tokenFor(barcelona, 'poom-gpu-platform');
    const head = await call('GET', `/v1/releases/${first.releaseId}/files/${path}`, poom, undefined, { range: 'bytes=0-99' });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-range')).toBe(`bytes 0-99/${full.length}`);
    const rest = await call('GET', `/v1/releases/${first.releaseId}/files/${path}`, poom, undefined, { range: 'bytes=100-' });
    expect(rest.status).toBe(206);
    const joined = Buffer.concat([Buffer.from(await head.arrayBuffer()), Buffer.from(await rest.arrayBuffer())]);
    expect(joined.equals(full)).toBe(true);
    expect(rest.headers.get('x-checksum-sha256')).toBe(sha256(full));
    expect((await call('GET', `/v1/releases/${first.releaseId}/files/${path}`, poom, undefined, { range: `bytes=${full.length}-` })).status).toBe(416);
    const listed = await json<{ releaseId: string }[]>(await call('GET', '/v1/releases', await tokenFor(barcelona, 'vision-lab')));
    expect(listed).toEqual([]);
    const catalogOf = async (client: string) => JSON.stringify(await json<object>(await call('GET', '/v1/catalog', await tokenFor(barcelona, client))));
    expect(await catalogOf('poom-gpu-platform')).toContain(`/releases/${first.releaseId}`);
    expect(await catalogOf('vision-lab')).not.toContain(first.releaseId);
  }, 60_000);

  it('lets a GPU platform fetch through a signed URL without a token, and refuses it tampered or expired', async () => {
    const path = 'test.avro';
    const signed = await json<{ url: string }>(await call('POST', `/v1/releases/${first.releaseId}/files/${path}/signed-url`, await tokenFor(barcelona, 'poom-gpu-platform')));
    const ok = await fetch(signed.url);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(files.get(path) as Buffer)).toBe(true);
    const url = new URL(signed.url);
    const tampered = new URL(url);
    tampered.pathname = tampered.pathname.replace(path, 'train.avro');
    expect((await fetch(tampered)).status).toBe(403);
    const { createHmac } = await import('node:crypto');
    const expires = Math.floor(Date.now() / 1000) - 1;
    const company = url.searchParams.get('company') as string;
    const stale = new URL(url);
    stale.searchParams.set('expires', String(expires));
    stale.searchParams.set('signature', createHmac('sha256', signingKey).update([first.releaseId, path, company, String(expires)].join('\n')).digest('hex'));
    const refused = await fetch(stale);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'DATASETS.SIGNED_URL_EXPIRED' });
  }, 60_000);

  it('answers 410 with a Link to the superseding release once withdrawn, and audits every download with its purpose', async () => {
    const withdrawn = await call('POST', `/v1/releases/${first.releaseId}/withdraw`, await steward(), { reason: 'qualityIssue', supersededBy: second.releaseId });
    expect(withdrawn.status).toBe(200);
    const gone = await call('GET', `/v1/releases/${first.releaseId}/files/train.parquet`, await tokenFor(barcelona, 'poom-gpu-platform'));
    expect(gone.status).toBe(410);
    expect(gone.headers.get('link')).toBe(`</v1/releases/${second.releaseId}>; rel="successor-version"`);
    const audit = await json<{ action: string; clientId: string | null; targets: Record<string, string>; outcome: string; status: number }[]>(await call('GET', '/v1/audit?limit=1000', await tokenFor(barcelona, 'city-admin')));
    const downloads = audit.filter((e) => e.action.startsWith('DOWNLOAD') && e.targets['releaseId'] === first.releaseId);
    expect(downloads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ clientId: 'poom-gpu-platform', outcome: 'succeeded', status: 206, targets: expect.objectContaining({ path: 'train.parquet', purpose: 'aiTraining', company: 'poom-gpu-platform', range: '0-99' }) }),
        expect.objectContaining({ clientId: 'vision-lab', outcome: 'denied', status: 403 }),
        expect.objectContaining({ outcome: 'succeeded', targets: expect.objectContaining({ via: 'signed-url', path: 'test.avro' }) }),
        expect.objectContaining({ outcome: 'failed', status: 410 }),
      ]),
    );
  }, 60_000);

  it('refuses a definition whose targets cannot be reached, with the best figures, and publishes nothing', async () => {
    const strict = { ...definition, definitionId: `${definition.definitionId.slice(0, 50)}-strict`, k: 2000, maxSuppression: 0.01 };
    expect((await call('POST', '/v1/definitions', await steward(), strict)).status).toBe(201);
    const refused = await built((await json<{ releaseId: string }>(await call('POST', '/v1/releases', await steward(), { definitionId: strict.definitionId }))).releaseId);
    expect(refused).toMatchObject({ status: 'refused', files: [], problem: expect.stringContaining('cannot be reached') });
    expect(refused.anonymity?.k).toBeLessThan(2000);
    expect((await call('GET', `/v1/releases/${refused.releaseId}/files/train.parquet`, await steward())).status).toBe(404);
    process.stdout.write(`measured: refused ${refused.releaseId}: ${refused.problem}\n`);
  }, 120_000);

  it('published both releases and the withdrawal on dataset.releases.v1, with l, suppression, information loss and no subject identifier', async () => {
    const values = await readValues<DatasetReleaseEvent>(barcelona, `${prefix}${topicCatalog.datasetReleases.name}`);
    const released = values.filter((v) => v.type === 'DatasetReleased').map((v) => (v.data as { 'mesh.datasets.DatasetReleased': DatasetReleased })['mesh.datasets.DatasetReleased']);
    expect(released.map((r) => r.releaseId).sort()).toEqual([first.releaseId, second.releaseId].sort());
    const mine = released.find((r) => r.releaseId === first.releaseId);
    expect(mine).toMatchObject({ kAnonymity: first.anonymity?.k, lDiversity: first.anonymity?.l, suppressionRate: first.anonymity?.suppressionRate, informationLoss: first.anonymity?.informationLoss, city: 'barcelona' });
    expect(mine?.manifest.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    const withdrawn = values.filter((v) => v.type === 'DatasetReleaseWithdrawn').map((v) => (v.data as { 'mesh.datasets.DatasetReleaseWithdrawn': DatasetReleaseWithdrawn })['mesh.datasets.DatasetReleaseWithdrawn']);
    expect(withdrawn).toEqual([expect.objectContaining({ releaseId: first.releaseId, replacedBy: second.releaseId })]);
    expect(JSON.stringify(values)).not.toMatch(/rp-(incheon|barcelona)-/);
  }, 60_000);
});
