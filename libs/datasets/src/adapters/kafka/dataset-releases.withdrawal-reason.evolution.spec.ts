import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'avsc';
import type { Schema } from 'avsc';
import type { AvroNamedTypeJson } from '@usm/contracts';
import { checkCompatibility, inlineNamedTypes, loadValueSchema, topicCatalog, workspaceSchemas } from '@usm/contracts';
import type { ReleaseRecord } from '../../application/release-record';
import { withdrawnEventOf } from './release-event.mapping';

/** dataset.releases.v1 with DatasetReleaseWithdrawn as first published (no consentExpired, no enum default). */
function releasesSchemaBeforeExpiry() {
  const current = workspaceSchemas();
  const v1 = JSON.parse(readFileSync(join(current.dir, 'datasets', 'history', 'DatasetReleaseWithdrawn.v1.avsc.json'), 'utf8')) as AvroNamedTypeJson;
  return inlineNamedTypes(topicCatalog.datasetReleases.valueSchema, { ...current, types: new Map(current.types).set('mesh.datasets.DatasetReleaseWithdrawn', v1) });
}

const metadata = { eventId: 'e', aggregateId: 'r1', aggregateVersion: 2, occurredAt: 1, commandId: 'c', causationId: null, correlationId: null };
const withdrawal = (reason: string) => ({ type: 'DatasetReleaseWithdrawn', data: { 'mesh.datasets.DatasetReleaseWithdrawn': { releaseId: 'r1', reason, replacedBy: null, withdrawnAt: 1 } }, metadata });

describe('dataset.releases.v1: WithdrawalReason gains consentExpired (appended, with a default)', () => {
  const [before, now] = [releasesSchemaBeforeExpiry(), loadValueSchema(topicCatalog.datasetReleases)];

  it('is BACKWARD_TRANSITIVE compatible with every earlier envelope', () => {
    expect(checkCompatibility(now, [before], 'BACKWARD_TRANSITIVE')).toEqual([]);
  });

  it('reads a withdrawal written before the change as it was', () => {
    const [writer, reader] = [Type.forSchema(before as Schema), Type.forSchema(now as Schema)];
    const read = reader.fromBuffer(writer.toBuffer(withdrawal('consentRevoked')), reader.createResolver(writer)) as { data: Record<string, { reason: string }> };
    expect(read.data['mesh.datasets.DatasetReleaseWithdrawn']?.reason).toBe('consentRevoked');
  });

  it('publishes an expiry as consentExpired, no longer as consentRevoked', () => {
    const record = { releaseId: 'r1', status: 'withdrawn', withdrawnAt: 2_000, withdrawalReason: 'consentExpired', supersededBy: null } as unknown as ReleaseRecord;
    const event = withdrawnEventOf(record);
    expect(Type.forSchema(now as Schema).isValid(event)).toBe(true);
    expect(event.data).toEqual({ 'mesh.datasets.DatasetReleaseWithdrawn': expect.objectContaining({ reason: 'consentExpired' }) });
  });
});
