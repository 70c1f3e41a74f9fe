import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { singleBrokerSettings } from '../../domain/mirror-maker-properties';
import { StrimziMirrorMakerRuntime } from './strimzi-runtime';

const local = { city: 'incheon', bootstrapServers: 'incheon-kafka-bootstrap:9093', caSecret: 'incheon-cluster-ca-cert' };
const partners = [
  { city: 'barcelona', bootstrapServers: 'b:9093', caSecret: 'barcelona-cluster-ca-cert' },
  { city: 'osaka', bootstrapServers: 'o:9093', caSecret: 'osaka-cluster-ca-cert' },
];

describe('StrimziMirrorMakerRuntime (FEDERATION_RUNTIME=strimzi)', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'strimzi-runtime-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('writes the KafkaMirrorMaker2 resources of the flows in force instead of running MirrorMaker 2, and removes them when none is left', async () => {
    const runtime = new StrimziMirrorMakerRuntime({ directory, local, partners, settings: singleBrokerSettings });
    const flows = [
      { source: 'incheon', target: 'barcelona', topics: ['safety.labels.v1'] },
      { source: 'incheon', target: 'osaka', topics: ['safety.events.anonymised.v1'] },
    ];
    await runtime.apply({ flows, properties: '' });
    const docs = parseAllDocuments(readFileSync(runtime.file, 'utf8')).map((d) => d.toJS() as { kind: string; metadata: { name: string }; spec: { mirrors: { topicsPattern: string }[] } });
    expect(docs.map((d) => [d.kind, d.metadata.name, d.spec.mirrors[0]?.topicsPattern])).toEqual([
      ['KafkaMirrorMaker2', 'incheon-to-barcelona', 'safety\\.labels\\.v1'],
      ['KafkaMirrorMaker2', 'incheon-to-osaka', 'safety\\.events\\.anonymised\\.v1'],
    ]);
    expect(runtime.state().status).toBe('running');

    await runtime.apply({ flows: [{ source: 'incheon', target: 'barcelona', topics: [] }], properties: '' });
    expect(existsSync(runtime.file)).toBe(false);
    expect(runtime.state().status).toBe('stopped');
  });
});
