import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { envDriftOf } from '@usm/testing';

// Each app checks its own environment in compose and Kubernetes (apps/*/src/deployment-env.spec.ts); this spec
// checks the drift report itself and the shape of the two-city mesh file.
describe('deployment kits', () => {
  it('report a variable no app reads and a required one nobody sets', () => {
    const variables = [{ name: 'MESH_CITY', required: true }, { name: 'INGEST_PORT', required: false }];
    expect(envDriftOf(variables, { INGEST_PORTT: '1' })).toEqual({ unknown: ['INGEST_PORTT'], missing: ['MESH_CITY'] });
  });

  it('compose.mesh.yaml includes the city of compose.yaml and adds a second city whose services are its own, and the hub console', () => {
    const text = readFileSync(join(__dirname, '../../../infra/compose/compose.mesh.yaml'), 'utf8');
    const mesh = parseDocument(text, { logLevel: 'silent' }).toJS() as { include: { path: string }[]; services: Record<string, unknown> };
    expect(mesh.include.map((i) => i.path)).toEqual(['compose.yaml']);
    expect(Object.keys(mesh.services).filter((name) => !name.startsWith('barcelona-'))).toEqual(['mesh-console']);
  });

  it('compose.yaml runs the contexts in one of two shapes: every context service in profile services, the city node in profile node', () => {
    const text = readFileSync(join(__dirname, '../../../infra/compose/compose.yaml'), 'utf8');
    const compose = parseDocument(text, { merge: true, logLevel: 'silent' }).toJS({ maxAliasCount: -1 }) as { services: Record<string, { profiles?: string[]; networks?: { default?: { aliases?: string[] } } }> };
    const inProfile = (profile: string) => Object.entries(compose.services).filter(([, s]) => s.profiles?.includes(profile)).map(([name]) => name).sort();
    const contexts = ['consent', 'datasets', 'federation', 'ingest', 'labels', 'privacy', 'sites', 'validation'];
    expect(inProfile('services')).toEqual(contexts);
    expect(inProfile('node')).toEqual(['city-node']);
    // The node answers under every context's name, so the console and the services' links work in both shapes.
    expect([...(compose.services['city-node']?.networks?.default?.aliases ?? [])].sort()).toEqual(contexts);
    expect(Object.entries(compose.services).filter(([, s]) => s.profiles === undefined).map(([name]) => name).sort()).toEqual(['console', 'kafka', 'keycloak', 'postgres', 'registry']);
  });
});
