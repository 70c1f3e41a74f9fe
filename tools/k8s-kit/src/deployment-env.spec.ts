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

  it('compose.mesh.yaml includes the city of compose.yaml and adds a second city whose services are its own', () => {
    const text = readFileSync(join(__dirname, '../../../infra/compose/compose.mesh.yaml'), 'utf8');
    const mesh = parseDocument(text, { logLevel: 'silent' }).toJS() as { include: { path: string }[]; services: Record<string, unknown> };
    expect(mesh.include.map((i) => i.path)).toEqual(['compose.yaml']);
    expect(Object.keys(mesh.services).every((name) => name.startsWith('barcelona-'))).toBe(true);
  });
});
