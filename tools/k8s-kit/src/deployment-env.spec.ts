import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { envVariables as consent } from '../../../apps/consent/src/config';
import { envVariables as datasets } from '../../../apps/datasets/src/config';
import { envVariables as federation } from '../../../apps/federation/src/config';
import { envVariables as ingest } from '../../../apps/ingest/src/config';
import { envVariables as privacy } from '../../../apps/privacy/src/config';
import { cityManifests } from './manifests';
import type { MeshService } from './service-env';
import { meshServices } from './service-env';

/** What each app reads (apps/<service>/src/config.ts): the kits may set nothing else and must set what is required. */
const appEnv: Record<MeshService, readonly { name: string; required: boolean }[]> = { ingest, privacy, consent, federation, datasets };
const composeDir = join(__dirname, '../../../infra/compose');
const composeOf = (file: string) => parseDocument(readFileSync(join(composeDir, file), 'utf8'), { merge: true, logLevel: 'silent' }).toJS({ maxAliasCount: -1 }) as { services: Record<string, { environment?: Record<string, unknown> }> };

function drift(service: MeshService, env: Readonly<Record<string, unknown>>): { unknown: string[]; missing: string[] } {
  const known = new Set(appEnv[service].map((v) => v.name));
  return {
    unknown: Object.keys(env).filter((name) => !known.has(name)),
    missing: appEnv[service].filter((v) => v.required && !(v.name in env)).map((v) => v.name),
  };
}

describe('deployment kits set exactly the environment the apps read', () => {
  it.each(meshServices)('compose.yaml: %s', (service) => {
    const env = composeOf('compose.yaml').services[service]?.environment;
    expect(env).toBeDefined();
    expect(drift(service, env ?? {})).toEqual({ unknown: [], missing: [] });
  });

  it.each(meshServices)('Kubernetes ConfigMap: %s', (service) => {
    const configMaps = cityManifests({ city: 'incheon', partners: ['barcelona'], namespace: 'incheon', image: 'i', issuer: 'http://kc/realms/incheon', partnerBrokers: {}, kafkaReplicas: 3 }, [], 0)['31-services.yaml'] ?? [];
    const env = configMaps.find((r) => r.kind === 'ConfigMap' && r.metadata.name === `${service}-env`)?.['data'] as Record<string, string>;
    expect(drift(service, env)).toEqual({ unknown: [], missing: [] });
  });

  it('catches a drift: a variable no app reads is reported', () => {
    expect(drift('ingest', { MESH_CITY: 'x', KAFKA_BROKERS: 'k:1', SCHEMA_REGISTRY_URL: 'u', DATABASE_URL: 'd', INGEST_PORTT: '1' })).toEqual({ unknown: ['INGEST_PORTT'], missing: [] });
  });

  it('compose.mesh.yaml includes the city of compose.yaml and adds a second city whose services are its own', () => {
    const mesh = composeOf('compose.mesh.yaml') as unknown as { include: { path: string }[]; services: Record<string, unknown> };
    expect(mesh.include.map((i) => i.path)).toEqual(['compose.yaml']);
    expect(Object.keys(mesh.services).every((name) => name.startsWith('barcelona-'))).toBe(true);
  });
});
