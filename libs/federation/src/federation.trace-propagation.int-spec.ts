import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import { bindingsOf, createFederatedDeserializer, grantAcls, produces, revokeAcls } from '@usm/messaging';
import type { OtlpReceiver, ReceivedSpan, ServiceProcess } from '@usm/testing';
import { authEnvOf, authHeaderFor, cityStack, freePort, kafkaEnvOf, registryCredentialsOf, registryEnvOf, runSql, spawnService, startOtlpReceiver, uniqueName, waitFor } from '@usm/testing';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, preparePrivacyFlow, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import type { RunningPrivacyService } from './testing/privacy-service';
import { startPrivacyService } from './testing/privacy-service';
import type { ReceivedRecord } from './testing/remote-records';
import { RemoteRecords, topicExists } from './testing/remote-records';
import { plantedIdentifiers } from './testing/safety-event-fixtures';

const run = uniqueName('fedt');
const prefix = `${run}-`;
const raw = `${prefix}${topicCatalog.safetyEventsRaw.name}`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const remote = `incheon.${anonymised}`;
const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-trace-spec');
const ingestGrants = bindingsOf('ingest', [produces(raw)]);
const database = run.replace(/-/g, '_');
const planted = plantedIdentifiers(run);
/** The caller's own span: a safety system that traces, posting with a W3C traceparent. */
const caller = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
const tracingEnv = (service: string) => ({ OTEL_SERVICE_NAME: service, OTEL_BSP_SCHEDULE_DELAY: '200' });
let receiver: OtlpReceiver | undefined;
let privacy: RunningPrivacyService | undefined;
let ingest: ServiceProcess | undefined;
let ingestUrl = '';
let node: FederationTestNode | undefined;
let records: RemoteRecords<AnonymisedSafetyEvent> | undefined;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  await preparePrivacyFlow('incheon', prefix);
  await grantAcls(kafkaOf('incheon', 'admin', 'federation-trace-spec'), ingestGrants);
  await runSql(incheon.database.url, `CREATE DATABASE "${database}"`);
  privacy = await startPrivacyService(incheon, { raw, anonymised }, run, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...tracingEnv('incheon-privacy') });
  ingest = await startIngest(receiver.url);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-trace-')), schema: database });
}, 240_000);

afterAll(async () => {
  await records?.stop();
  await node?.close();
  await ingest?.stop();
  await privacy?.stop();
  await receiver?.close();
  await revokeAcls(kafkaOf('incheon', 'admin', 'federation-trace-spec'), ingestGrants).catch(() => undefined);
  await runSql(incheon.database.url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 120_000);

describe('one trace from an HTTP post in incheon to the replica in barcelona', () => {
  it('carries the caller\'s trace id through ingest, Kafka, privacy and MirrorMaker 2, with spans that form one trace and hold nothing personal', async () => {
    await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-agr`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
    const event = plantedHttpEvent();
    const posted = await fetch(`${ingestUrl}/v1/events`, {
      method: 'POST',
      headers: { ...(await authHeaderFor(incheon, 'integrator')), 'content-type': 'application/json', traceparent: `00-${caller.traceId}-${caller.spanId}-01`, tracestate: `usm-spec=${planted.phone}` },
      body: JSON.stringify(event),
    });
    expect(posted.status).toBe(202);

    const replica = await replicaOf(event.eventId);
    const spans = await traceSpans();
    const server = spans.find((span) => span.name === 'POST /v1/events');
    const send = spans.find((span) => span.name === `send ${raw}`);
    const processed = spans.find((span) => span.name === `process ${raw}`);
    expect(server).toMatchObject({ service: 'incheon-ingest', parentSpanId: caller.spanId, attributes: { 'http.route': '/v1/events', 'http.response.status_code': 202 } });
    expect(send).toMatchObject({ service: 'incheon-ingest', parentSpanId: server?.spanId, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': raw } });
    expect(processed).toMatchObject({ service: 'incheon-privacy', parentSpanId: send?.spanId, attributes: { 'messaging.destination.name': raw, 'mesh.record.outcome': 'processed' } });
    // MirrorMaker 2 copied the anonymised record's headers: barcelona's reader continues the privacy span's trace.
    expect(replica.headers['traceparent']).toBe(`00-${caller.traceId}-${processed?.spanId}-01`);
    // The caller's tracestate is free text: it stops at ingest and never crosses the border.
    expect(replica.headers['tracestate']).toBeUndefined();
    expect(replica.value.reporterPseudonym).not.toBeNull();

    const exported = receiver?.bodies.join('\n') ?? '';
    for (const identifier of [...Object.values(planted), event.eventId]) expect(exported).not.toContain(identifier);
  }, 240_000);
});

async function startIngest(otlpEndpoint: string): Promise<ServiceProcess> {
  const port = await freePort();
  ingestUrl = `http://127.0.0.1:${port}`;
  const service = spawnService('apps/ingest/src/main.ts', {
    MESH_CITY: 'incheon',
    ...kafkaEnvOf(incheon, 'ingest'),
    ...registryEnvOf(incheon, 'registry-ingest'),
    DATABASE_URL: Object.assign(new URL(incheon.database.url), { pathname: `/${database}` }).toString(),
    INGEST_PORT: String(port),
    INGEST_TOPIC_PREFIX: prefix,
    ...authEnvOf(incheon, 'ingest'),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
    ...tracingEnv('incheon-ingest'),
  });
  await waitFor(async () => (await fetch(`${ingestUrl}/health/ready`)).ok, { timeoutMs: 120_000, description: 'ingest to answer /health/ready' }).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('')}`);
  });
  return service;
}

/** An event as a call centre posts it, with the run's planted identifiers in its direct fields. */
function plantedHttpEvent() {
  const now = Date.now();
  return {
    eventId: randomUUID(),
    city: 'incheon',
    source: { systemId: 'call-centre-1', kind: 'emergencyCall', legalBasis: 'pseudonymisedResearch' },
    category: 'security',
    subCategory: 'robbery',
    severity: 'high',
    occurredAt: new Date(now - 60_000).toISOString(),
    reportedAt: new Date(now - 55_000).toISOString(),
    location: { latitude: 37.4563, longitude: 126.7052 },
    reporter: { name: planted.name, phone: planted.phone, email: planted.email },
    vehiclePlates: [planted.plate],
    subjectAge: 34,
  };
}

async function replicaOf(eventId: string): Promise<ReceivedRecord<AnonymisedSafetyEvent>> {
  await waitFor(() => topicExists(barcelonaKafka, remote), { timeoutMs: 120_000, description: `${remote} on barcelona` });
  records = new RemoteRecords(
    barcelonaKafka,
    createFederatedDeserializer({
      local: barcelona.registry.url,
      partners: { incheon: incheon.registry.url },
      localCredentials: registryCredentialsOf(barcelona, 'registry-federation'),
      partnerCredentials: { incheon: registryCredentialsOf(incheon, 'partner-barcelona') },
    }),
  );
  await records.start([remote]);
  await waitFor(() => records?.from(remote).some((r) => r.value.eventId === eventId) ?? false, { timeoutMs: 120_000, description: 'the anonymised event at barcelona' });
  return records.from(remote).find((r) => r.value.eventId === eventId) as ReceivedRecord<AnonymisedSafetyEvent>;
}

/** The spans of the caller's trace, once ingest's and privacy's have both been exported. */
async function traceSpans(): Promise<ReceivedSpan[]> {
  const ofTrace = () => receiver?.spans.filter((span) => span.traceId === caller.traceId) ?? [];
  await waitFor(() => new Set(ofTrace().map((span) => span.name)).size >= 3, { timeoutMs: 30_000, description: 'the server, send and process spans of the trace' });
  return ofTrace();
}
