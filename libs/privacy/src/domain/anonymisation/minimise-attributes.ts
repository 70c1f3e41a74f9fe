import type { AttributeRule } from '../policy/attribute-rule';
import type { AttributeDrop, AttributeDropReason } from './attribute-drop';
import { undeclaredAttributeKey } from './attribute-drop';
import { checkAttributeValue } from './check-attribute-value';

/** The attributes that may be shared, and what was dropped. */
export interface MinimisedAttributes {
  readonly kept: Record<string, string>;
  readonly dropped: readonly AttributeDrop[];
}

/**
 * Keeps only the attributes the policy declares for the event's source kind, each with a value that fits its
 * rule (canonicalised), in key order. Everything else is dropped and tallied per declared key and reason;
 * undeclared keys are tallied together under `(undeclared)`, since a key may itself be personal data.
 */
export function minimiseAttributes(
  attributes: Readonly<Record<string, string>>,
  declared: ReadonlyMap<string, AttributeRule> | undefined,
): MinimisedAttributes {
  const kept: Record<string, string> = {};
  const tallies = new Map<string, { key: string; reason: AttributeDropReason; count: number }>();
  const drop = (key: string, reason: AttributeDropReason): void => {
    const id = `${key}\u0000${reason}`;
    const tally = tallies.get(id) ?? { key, reason, count: 0 };
    tally.count += 1;
    tallies.set(id, tally);
  };
  for (const key of Object.keys(attributes).sort()) {
    const rule = declared?.get(key);
    if (rule === undefined) {
      drop(undeclaredAttributeKey, 'undeclared');
      continue;
    }
    const checked = checkAttributeValue(attributes[key] ?? '', rule);
    if ('kept' in checked) kept[key] = checked.kept;
    else drop(key, checked.dropped);
  }
  return { kept, dropped: [...tallies.values()] };
}
