import type { FieldViolation } from '@usm/errors';
import type { ResolvedSchema } from './avro-schema-view';
import { resolve } from './avro-schema-view';
import type { EventContract } from './event-contract';
import { stepInto } from './schema-step';

/** `location.latitude`, `vehiclePlates[1]`, `attributes["shift.team"]`: names, indices and quoted keys. */
const segmentPattern = /\.?([A-Za-z_]\w*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
const unknownPosition = Number.MAX_SAFE_INTEGER;

/** Violations in the order their fields appear in the contract (unknown fields last), as a reader scans an event. */
export function inSchemaOrder(violations: readonly FieldViolation[], contract: EventContract, path: string): FieldViolation[] {
  const ranks = new Map(violations.map((violation) => [violation, rankOf(violation.field.slice(path.length), contract)]));
  return [...violations].sort((a, b) => compareRanks(ranks.get(a) ?? [], ranks.get(b) ?? []));
}

function rankOf(relativeField: string, contract: EventContract): number[] {
  let node: ResolvedSchema | undefined = resolve(contract.schema, contract.names);
  return [...relativeField.matchAll(segmentPattern)].map(([, name, index, quotedKey]) => {
    const segment = name ?? index ?? (quotedKey === undefined ? '' : (JSON.parse(quotedKey) as string));
    const step = node && stepInto(node, segment, contract.names);
    node = step?.node;
    return step?.position ?? unknownPosition;
  });
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
