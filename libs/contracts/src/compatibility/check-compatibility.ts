import { Type } from 'avsc';
import { ContractError } from '@usm/errors';
import type { AvroSchemaJson } from '../schemas/avro-schema-json';
import { shortNameOf } from '../schemas/avro-names';
import type { CompatibilityLevel, CompatibilityComparison } from './compatibility-level';
import { comparisonsOf } from './compatibility-level';
import type { CompatibilityProblem, CompatibilityRule } from './compatibility-problem';
import { diagnoseResolution } from './diagnose-resolution';
import type { ResolutionFinding } from './resolution-finding';

/**
 * Problems that stop `newSchema` from replacing `previousSchemas` (oldest first) at a compatibility level;
 * empty when compatible. avsc's resolver decides (reader = new, writer = old for BACKWARD); our own
 * diagnosis then names the field and the rule, since avsc's messages name neither reliably.
 */
export function checkCompatibility(
  newSchema: AvroSchemaJson,
  previousSchemas: readonly AvroSchemaJson[],
  level: CompatibilityLevel,
): CompatibilityProblem[] {
  const newType = typeOf(newSchema, 'new schema');
  const root = rootNameOf(newSchema);
  const problems = new Map<string, CompatibilityProblem>();
  for (const comparison of comparisonsOf(level, previousSchemas.length)) {
    const previous = previousSchemas[comparison.previousIndex] as AvroSchemaJson;
    const previousType = typeOf(previous, `previous schema ${comparison.previousIndex}`);
    const [reader, writer] = comparison.direction === 'backward' ? [newType, previousType] : [previousType, newType];
    const refusal = resolverRefusal(reader, writer);
    if (refusal === undefined) continue;
    const [readerSchema, writerSchema] = comparison.direction === 'backward' ? [newSchema, previous] : [previous, newSchema];
    const findings = diagnoseResolution(readerSchema, writerSchema, root);
    const found = findings.length > 0 ? findings.map((f) => problemOf(f, comparison)) : [fallback(root, refusal, comparison)];
    // Newest previous schemas come first, so a problem seen against several versions names the newest.
    for (const problem of found) {
      const key = `${problem.field}|${problem.rule}|${problem.direction}`;
      if (!problems.has(key)) problems.set(key, problem);
    }
  }
  return [...problems.values()];
}

function typeOf(schema: AvroSchemaJson, which: string): Type {
  try {
    return Type.forSchema(schema as Parameters<typeof Type.forSchema>[0]);
  } catch (cause) {
    throw new ContractError('CONTRACTS.INVALID_SCHEMA', `${which} is not a valid Avro schema: ${(cause as Error).message}`, {
      cause,
      details: { rule: 'valid Avro schema' },
    });
  }
}

function resolverRefusal(reader: Type, writer: Type): string | undefined {
  try {
    reader.createResolver(writer);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function rootNameOf(schema: AvroSchemaJson): string {
  if (typeof schema === 'string') return shortNameOf(schema);
  return !Array.isArray(schema) && 'name' in schema ? shortNameOf(schema.name) : '(root)';
}

const rules: Readonly<Record<ResolutionFinding['kind'], Readonly<Record<CompatibilityComparison['direction'], CompatibilityRule>>>> = {
  'reader field missing from writer': { backward: 'new field without default', forward: 'removed field without default' },
  'writer symbol unknown to reader': { backward: 'enum symbol removed', forward: 'enum symbol added' },
  'writer branch unknown to reader': { backward: 'union branch removed', forward: 'union branch added' },
  'type changed': { backward: 'type changed', forward: 'type changed' },
  'named type renamed': { backward: 'named type renamed', forward: 'named type renamed' },
  'fixed size changed': { backward: 'fixed size changed', forward: 'fixed size changed' },
};

function problemOf(finding: ResolutionFinding, comparison: CompatibilityComparison): CompatibilityProblem {
  const rule = rules[finding.kind][comparison.direction];
  const reading = comparison.direction === 'backward' ? 'the new schema reading old data' : 'old readers reading new data';
  return { field: finding.path, rule, ...comparison, message: `${finding.path}: ${rule} (${finding.detail}; ${reading})` };
}

function fallback(root: string, refusal: string, comparison: CompatibilityComparison): CompatibilityProblem {
  return { field: root, rule: 'incompatible', ...comparison, message: `${root}: ${refusal}` };
}
