import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { AuditEntry, Authenticator, Principal } from '@usm/security';
import { AUTHENTICATOR, RouteAccessGuard, UnauthenticatedError, companyRole, protectEveryPath } from '@usm/security';
import request from 'supertest';
import { LocalDirectoryArtifactStore } from '../../artifacts';
import { DatasetDownloads } from '../../application/dataset-downloads.service';
import type { CompanyAgreement } from '../../application/company-agreements';
import type { ReleaseRecord } from '../../application/release-record';
import { ARTIFACT_STORE, DATASETS_OPTIONS } from '../../datasets.tokens';
import { DatasetsErrorFilter } from './datasets-error.filter';
import { signedDownloadPrefix } from './datasets-openapi';
import { DownloadsController } from './downloads.controller';

const key = Buffer.alloc(32, 7);
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const principals: Record<string, Principal> = {
  poom: { subject: 'sa-poom', issuer: 'iss', city: 'barcelona', partner: false, roles: [companyRole, 'datasets:read', 'datasets:download'], clientId: 'poom' },
  lab: { subject: 'sa-lab', issuer: 'iss', city: 'barcelona', partner: false, roles: [companyRole, 'datasets:read', 'datasets:download'], clientId: 'lab' },
  steward: { subject: 'sa-steward', issuer: 'iss', city: 'barcelona', partner: false, roles: ['datasets:read', 'datasets:build', 'datasets:download'], clientId: 'data-steward' },
};
const authenticator: Authenticator = { authenticate: async (header) => principals[(header ?? '').replace('Bearer ', '')] ?? Promise.reject(new UnauthenticatedError('invalid')) };
const agreement: CompanyAgreement = { agreementId: 'a1', partnerId: 'poom', partnerKind: 'company', topics: ['safety.events.anonymised.v1'], purposes: ['aiTraining'], validFrom: 0, validUntil: null, status: 'active' };
const release = (releaseId: string, status: ReleaseRecord['status'], supersededBy: string | null = null) =>
  ({ releaseId, status, supersededBy, purpose: 'aiTraining', files: [{ path: 'train.parquet' }], sources: [{ topic: 'safety.events.anonymised.v1', catalogTopic: 'safety.events.anonymised.v1', source: 'safety.events.anonymised.v1', city: 'barcelona', kind: 'events' }] }) as unknown as ReleaseRecord;
const releases = new Map([['r1', release('r1', 'published')], ['r0', release('r0', 'superseded', 'r1')]]);

describe('downloads over HTTP (Range, checksum, 401/403/410, signed URLs, audit)', () => {
  let app: INestApplication;
  const audit: AuditEntry[] = [];
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    const store = new LocalDirectoryArtifactStore(mkdtempSync(join(tmpdir(), 'downloads-spec-')));
    for (const id of releases.keys()) await store.put(id, 'train.parquet', bytes);
    const downloads = new DatasetDownloads({ get: async (id) => releases.get(id) }, { all: () => [agreement], caughtUp: true }, store, { append: async (e) => void audit.push(e), read: async () => [] }, { now: () => new Date() });
    @Module({
      controllers: [DownloadsController],
      providers: [
        { provide: DatasetDownloads, useValue: downloads },
        { provide: ARTIFACT_STORE, useValue: store },
        { provide: DATASETS_OPTIONS, useValue: { publicUrl: 'http://datasets.test', urlSigningKey: key, signedUrlTtlSeconds: 60 } },
        { provide: AUTHENTICATOR, useValue: authenticator },
        { provide: APP_GUARD, useClass: RouteAccessGuard },
        { provide: APP_FILTER, useClass: DatasetsErrorFilter },
      ],
    })
    class SpecModule {}
    app = (await Test.createTestingModule({ imports: [SpecModule] }).compile()).createNestApplication();
    protectEveryPath(app, { selfAuthenticatedPrefixes: [signedDownloadPrefix] });
    await app.init();
  });

  afterAll(() => app.close());

  it('serves a covered company the file with its SHA-256, and resumes with Range', async () => {
    const whole = await http().get('/v1/releases/r1/files/train.parquet').set('Authorization', 'Bearer poom').buffer(true).parse(binary as never).expect(200);
    expect(Buffer.compare(whole.body as Buffer, bytes)).toBe(0);
    expect(whole.headers['x-checksum-sha256']).toMatch(/^[0-9a-f]{64}$/);
    const part = await http().get('/v1/releases/r1/files/train.parquet').set('Authorization', 'Bearer poom').set('Range', 'bytes=600-').buffer(true).parse(binary as never).expect(206);
    expect(part.headers['content-range']).toBe('bytes 600-999/1000');
    expect(Buffer.compare(part.body as Buffer, bytes.subarray(600))).toBe(0);
    await http().get('/v1/releases/r1/files/train.parquet').set('Authorization', 'Bearer poom').set('Range', 'bytes=1000-').expect(416);
  });

  it('answers 401 without a token, 403 to a company without agreement, 404 to a file the release does not have', async () => {
    await http().get('/v1/releases/r1/files/train.parquet').expect(401);
    await http().get('/v1/releases/r1/files/train.parquet').set('Authorization', 'Bearer lab').expect(403);
    await http().get('/v1/releases/r1/files/..%2Fsecrets').set('Authorization', 'Bearer steward').expect(404);
  });

  it('answers 410 with a Link to the successor for a superseded release', async () => {
    const gone = await http().get('/v1/releases/r0/files/train.parquet').set('Authorization', 'Bearer steward').expect(410);
    expect(gone.headers['link']).toBe('</v1/releases/r1>; rel="successor-version"');
  });

  it('issues a signed URL that works without a token and fails tampered', async () => {
    const signed = await http().post('/v1/releases/r1/files/train.parquet/signed-url').set('Authorization', 'Bearer poom').expect(201);
    const url = new URL((signed.body as { url: string }).url);
    expect(url.searchParams.get('company')).toBe('company:poom');
    const fetched = await http().get(`${url.pathname}${url.search}`).buffer(true).parse(binary as never).expect(200);
    expect(Buffer.compare(fetched.body as Buffer, bytes)).toBe(0);
    url.searchParams.set('company', 'staff');
    await http().get(`${url.pathname}${url.search}`).expect(403);
    await http().post('/v1/releases/r1/files/train.parquet/signed-url').set('Authorization', 'Bearer lab').expect(403);
  });

  it('audits every download with who, release, file, purpose and outcome', () => {
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'sa-poom', clientId: 'poom', outcome: 'succeeded', status: 206, targets: expect.objectContaining({ releaseId: 'r1', path: 'train.parquet', purpose: 'aiTraining', company: 'poom', agreementId: 'a1', range: '600-999' }) }),
        expect.objectContaining({ subject: 'sa-lab', outcome: 'denied', status: 403 }),
        expect.objectContaining({ subject: 'signed-url:company:poom', outcome: 'succeeded', targets: expect.objectContaining({ via: 'signed-url' }) }),
        expect.objectContaining({ outcome: 'failed', status: 410 }),
      ]),
    );
  });
});

function binary(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
