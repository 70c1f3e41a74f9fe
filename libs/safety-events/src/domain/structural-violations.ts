import type { FieldViolation } from '@usm/errors';
import type { ResolvedSchema } from './avro-schema-view';
import { isUnion, resolve } from './avro-schema-view';
import { describeAvroType } from './describe-avro-type';
import type { EventContract } from './event-contract';
import { fieldPath } from './field-path';
import { stepInto } from './schema-step';

/** Every place where an Avro-shaped value breaks the schema, named by field path and rule. */
export function structuralViolations(value: unknown, contract: EventContract, path: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  contract.checker.isValid(value, {
    errorHook: (segments, found) => {
      const located = locate(segments, contract, path);
      violations.push(violationAt(located.field, located.node, found, contract));
    },
  });
  return violations;
}

interface Located {
  readonly field: string;
  readonly node: ResolvedSchema;
}

/** Walks the schema along avsc's path, which does not say whether a segment is a field, an index or a map key. */
function locate(segments: readonly string[], contract: EventContract, path: string): Located {
  let node = resolve(contract.schema, contract.names);
  let field = path;
  for (const segment of segments) {
    const step = stepInto(node, segment, contract.names);
    if (!step) break;
    node = step.node;
    field = fieldPath(field, step.kind === 'index' ? Number(segment) : segment);
  }
  return { field, node };
}

function violationAt(field: string, node: ResolvedSchema, found: unknown, contract: EventContract): FieldViolation {
  if (found === undefined || found === null) return { field, rule: 'required', message: 'is required' };
  if (!isUnion(node) && node.type === 'enum') return { field, rule: 'enum', message: `must be one of ${node.symbols.join(', ')}` };
  return { field, rule: 'type', message: `must be ${describeAvroType(node, contract.names)}` };
}
