import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AvroNamedTypeJson, AvroSchemaJson } from '@usm/contracts';
import { inlineNamedTypes, topicCatalog, workspaceSchemas } from '@usm/contracts';

/**
 * The `consent.records.v1` value schema as it was before ConsentGranted v2, for compatibility and
 * upcasting tests. The old record lives in `schemas/consent/history/ConsentGranted.v1.avsc.json`: not
 * `.avsc`, so the schema directory (one declaration per full name) does not read it as current.
 */
export function consentRecordsSchemaV1(): AvroSchemaJson {
  const current = workspaceSchemas();
  const v1 = JSON.parse(readFileSync(join(current.dir, 'consent', 'history', 'ConsentGranted.v1.avsc.json'), 'utf8')) as AvroNamedTypeJson;
  const types = new Map(current.types).set('mesh.consent.ConsentGranted', v1);
  return inlineNamedTypes(topicCatalog.consentRecords.valueSchema, { ...current, types });
}
