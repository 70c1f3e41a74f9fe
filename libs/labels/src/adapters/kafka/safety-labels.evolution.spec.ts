import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'avsc';
import type { Schema } from 'avsc';
import type { AvroNamedTypeJson } from '@usm/contracts';
import { checkCompatibility, inlineNamedTypes, loadValueSchema, topicCatalog, workspaceSchemas } from '@usm/contracts';
import type { StoredLabel } from '../../application/ports';
import { safetyLabelOf, storedLabelOf } from './safety-label.mapping';

/** safety.labels.v1 as first published: human and model labellers, `modelVersion` only. */
function labelsSchemaV1() {
  const current = workspaceSchemas();
  const v1 = JSON.parse(readFileSync(join(current.dir, 'labels', 'history', 'SafetyLabel.v1.avsc.json'), 'utf8')) as AvroNamedTypeJson;
  return inlineNamedTypes(topicCatalog.safetyLabels.valueSchema, { ...current, types: new Map(current.types).set('mesh.labels.SafetyLabel', v1) });
}

describe('safety.labels.v1: SafetyLabel v1 → v2 (rule labellers, labeller version, solution and rule ids)', () => {
  const [v1, v2] = [labelsSchemaV1(), loadValueSchema(topicCatalog.safetyLabels)];
  const v1Label = { labelId: '00000000-0000-4000-8000-000000000001', eventId: '00000000-0000-4000-8000-000000000002', city: 'incheon', label: 'noHazard', confidence: 0.7, labeller: { kind: 'model', id: 'poom', modelVersion: '0.9' }, labelledAt: 5, guidelineVersion: 'g0' };

  it('is BACKWARD_TRANSITIVE compatible with the first schema', () => {
    expect(checkCompatibility(v2, [v1], 'BACKWARD_TRANSITIVE')).toEqual([]);
  });

  it('reads a v1 record with the new fields null, and its modelVersion as the labeller version', () => {
    const [writer, reader] = [Type.forSchema(v1 as Schema), Type.forSchema(v2 as Schema)];
    const read = reader.fromBuffer(writer.toBuffer(v1Label), reader.createResolver(writer)) as Parameters<typeof storedLabelOf>[0];
    expect(read.labeller).toEqual({ kind: 'model', id: 'poom', modelVersion: '0.9', version: null, solutionId: null, ruleId: null });
    expect(storedLabelOf(read).provenance.labellerVersion).toBe('0.9');
  });

  it('round-trips a rule label, and a reader of this schema reads a later writer\'s unknown kind as `human` (the enum default)', () => {
    const rule: StoredLabel = {
      labelId: v1Label.labelId, eventId: v1Label.eventId, city: 'incheon', label: 'carWrongDirection', ruleId: 'wrong-way', solutionId: null,
      provenance: { labellerKind: 'rule', labellerId: 'incheon-child-commute', labellerVersion: '1', confidence: 0.95, guidelineVersion: 'g1', labelledAt: 9 },
    };
    const current = Type.forSchema(v2 as Schema);
    const value = safetyLabelOf(rule);
    expect(storedLabelOf(current.fromBuffer(current.toBuffer(value)) as typeof value)).toEqual(rule);
    const later = Type.forSchema(JSON.parse(JSON.stringify(v2).replace('"symbols":["human","model","rule"]', '"symbols":["human","model","rule","ensemble"]')) as Schema);
    const bytes = later.toBuffer({ ...value, labeller: { ...value.labeller, kind: 'ensemble' } });
    expect((current.fromBuffer(bytes, current.createResolver(later)) as typeof value).labeller.kind).toBe('human');
  });
});
