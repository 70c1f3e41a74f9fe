import type { Kafka } from 'kafkajs';
import type { DatasetDefinition, ReleaseRecord } from '@usm/datasets';
import { KafkaSnapshotReader, LocalDirectoryArtifactStore, ReleaseArtifactWriter, WriterSchemaDecoder, domainRowsBuilder, parseDatasetDefinition, releaseSourcesOf, sourceRangesOf } from '@usm/datasets';
import type { SchemaRegistry } from '@usm/messaging';

/** The bench's definition: every event of the topic, all four quasi-identifiers, k 5, l 2, both formats. */
export function benchDefinition(): DatasetDefinition {
  return parseDatasetDefinition({
    definitionId: 'bench-release',
    title: 'Benchmark release',
    purpose: 'aiTraining',
    sources: { events: ['safety.events.anonymised.v1'], labels: [] },
    filters: {},
    quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'],
    sensitiveColumn: 'subCategory',
    k: 5,
    l: 2,
    maxSuppression: 0.05,
    splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'bench-release-seed-2026', stratifyBy: 'category' },
    formats: ['avro', 'parquet'],
    usage: { licence: 'https://creativecommons.org/licenses/by-nc/4.0/', terms: 'benchmark', accessRights: 'restricted' },
    pseudonyms: 'drop',
  });
}

export interface BenchBuild {
  readonly kafka: Kafka;
  readonly registry: SchemaRegistry;
  readonly city: string;
  /** The run's prefix of the catalog topic names (`<prefix>safety.events.anonymised.v1`). */
  readonly topicPrefix: string;
  readonly artifactDir: string;
  readonly maxBytes: number;
  readonly definition: DatasetDefinition;
  readonly say: (line: string) => void;
}

/** The service's own pipeline, phase by phase: snapshot + read, rows (anonymity search), files. */
export async function buildRelease(b: BenchBuild) {
  const reader = new KafkaSnapshotReader(b.kafka, new WriterSchemaDecoder(b.city, new Map([[b.city, b.registry]])), b.city, new Set([b.city]), {
    groupPrefix: `${b.city}-datasets-bench`,
    maxBytes: b.maxBytes,
    maxBytesPerPartition: Math.floor(b.maxBytes / 4),
    stallTimeoutMs: 60_000,
  });
  const sources = releaseSourcesOf(b.definition, b.city, b.topicPrefix);
  const topics = sources.map((s) => ({ topic: s.topic, source: s.source, kind: s.kind }));
  let t = performance.now();
  const snapshot = await reader.fix(topics);
  let lastPrint = 0;
  const contents = await reader.read(snapshot, topics, (p) => {
    if (p.elapsedMs - lastPrint < 2_000) return;
    lastPrint = p.elapsedMs;
    b.say(`[${p.phase}] ${p.recordsRead} records, eta ${p.etaMs === null ? '?' : (p.etaMs / 1000).toFixed(1)} s — ${p.partitions.map((x) => `p${x.partition} ${x.read}/${x.total}`).join(' ')}`);
  });
  const readMs = performance.now() - t;
  t = performance.now();
  const built = domainRowsBuilder.build(b.definition, contents.events, contents.labels, new Set());
  const anonymityMs = performance.now() - t;
  if (!built.ok) throw new Error(`refused: ${built.reason}`);
  t = performance.now();
  const sourceRanges = sourceRangesOf(snapshot, sources);
  const record = { releaseId: 'bench-release-1', definitionId: b.definition.definitionId, definitionVersion: 1, city: b.city, sources, sourceRanges } as unknown as ReleaseRecord;
  const files = await new ReleaseArtifactWriter(new LocalDirectoryArtifactStore(b.artifactDir), 'http://127.0.0.1').writeData({ record, definition: b.definition, rows: built.rows, lineage: built.lineage, snapshot });
  const writeMs = performance.now() - t;
  const a = built.anonymity;
  return { read: contents.events.length, released: a.released, k: a.k, l: a.l, suppressionRate: a.suppressionRate, informationLoss: a.informationLoss, readMs, anonymityMs, writeMs, files: files.length, bytes: files.reduce((s, f) => s + f.sizeBytes, 0) };
}
