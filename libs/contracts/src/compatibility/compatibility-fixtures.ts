import type { AvroFieldJson, AvroRecordJson } from '../schemas/avro-schema-json';

/** A RawSafetyEvent-like record with the given fields, for compatibility specs. */
export function eventWith(...fields: AvroFieldJson[]): AvroRecordJson {
  return { type: 'record', name: 'RawSafetyEvent', namespace: 'mesh.safety', fields: [{ name: 'eventId', type: 'string' }, ...fields] };
}

export const severityV1: AvroFieldJson = {
  name: 'severity',
  type: { type: 'enum', name: 'AlertSeverity', symbols: ['low', 'medium', 'high'] },
};
