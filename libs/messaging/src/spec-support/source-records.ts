import type { SourceRecord } from '../kafka/source-record';

/** A consumed record as kafkajs hands it over, with overridable parts. */
export function aSourceRecord(overrides: Partial<SourceRecord> = {}): SourceRecord {
  return {
    topic: 'incidents',
    partition: 2,
    offset: '41',
    timestamp: '1763712000000',
    key: Buffer.from('inc-1'),
    value: Buffer.from([1, 2, 3]),
    headers: { 'mesh.trace-id': Buffer.from('t-1') },
    ...overrides,
  };
}
