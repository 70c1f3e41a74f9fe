import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'avsc';
import type { Schema } from 'avsc';
import type { AvroNamedTypeJson } from '@usm/contracts';
import { checkCompatibility, inlineNamedTypes, loadValueSchema, topicCatalog, workspaceSchemas } from '@usm/contracts';

/** validation.results.v1 as first published: no benchmark, mode, hashes, scorer version or sharing policy. */
function resultsSchemaV1() {
  const current = workspaceSchemas();
  const v1 = JSON.parse(readFileSync(join(current.dir, 'validation', 'history', 'ValidationResult.v1.avsc.json'), 'utf8')) as AvroNamedTypeJson;
  return inlineNamedTypes(topicCatalog.validationResults.valueSchema, { ...current, types: new Map(current.types).set('mesh.validation.ValidationResult', v1) });
}

describe('validation.results.v1: ValidationResult v1 → v2 (verifiable and comparable, every new field defaulted)', () => {
  const [v1, v2] = [resultsSchemaV1(), loadValueSchema(topicCatalog.validationResults)];

  it('is BACKWARD_TRANSITIVE compatible with the first version', () => {
    expect(checkCompatibility(v2, [v1], 'BACKWARD_TRANSITIVE')).toEqual([]);
  });

  it('reads a v1 record with the defaults: no benchmark, no hashes, full sharing', () => {
    const [writer, reader] = [Type.forSchema(v1 as Schema), Type.forSchema(v2 as Schema)];
    const old = {
      runId: 'run-1', city: 'incheon', solution: { solutionId: 's', version: '1.0.0', vendor: 'v' }, releaseId: 'r1',
      metrics: { accuracy: 0.9 }, verdict: 'passed', criteriaVersion: 'c1', startedAt: 1, completedAt: 2,
    };
    const read = reader.fromBuffer(writer.toBuffer(old), reader.createResolver(writer)) as Record<string, unknown>;
    expect(read).toMatchObject({ ...old, benchmarkId: null, mode: null, scorerVersion: null, releaseFiles: [], releaseSha256: null, predictionsSha256: null, sharing: 'full', examples: null });
  });

  it('refuses a result whose mode or sharing policy is not a known symbol', () => {
    const type = Type.forSchema(v2 as Schema);
    const valid = {
      runId: 'run-1', city: 'incheon', solution: { solutionId: 's', version: '1.0.0', vendor: 'v' }, releaseId: 'r1', metrics: {}, verdict: 'passed',
      criteriaVersion: 'c1', startedAt: 1, completedAt: 2, benchmarkId: 'b', mode: 'hosted', scorerVersion: 'usm-scorer-1',
      releaseFiles: [{ path: 'test.parquet', sha256: 'ab' }], releaseSha256: 'cd', predictionsSha256: 'ef', sharing: 'passFail', examples: 10,
    };
    expect(type.isValid(valid)).toBe(true);
    expect(type.isValid({ ...valid, mode: 'emailed' })).toBe(false);
    expect(type.isValid({ ...valid, sharing: 'some' })).toBe(false);
  });
});
