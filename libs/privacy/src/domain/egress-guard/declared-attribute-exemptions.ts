import type { AttributeDeclarations, AttributeRule } from '../policy/attribute-rule';

type Exemption = readonly [string, (text: string) => boolean];

// A canonical number of at most six integer digits: too short for any phone, id or card number.
const shortNumber = /^-?\d{1,6}(?:\.\d{1,9})?$/;

function closedValue(rule: AttributeRule): ((text: string) => boolean) | undefined {
  switch (rule.type) {
    case 'enum':
      return (text) => rule.values.includes(text);
    case 'boolean':
      return (text) => text === 'true' || text === 'false';
    case 'number':
      return (text) => shortNumber.test(text) && String(Number(text)) === text && Number(text) >= rule.min && Number(text) <= rule.max;
    case 'code':
      // A code matches a pattern the city wrote; it may still spell something, so it is searched.
      return undefined;
    default: {
      const unknownRule: never = rule;
      return unknownRule;
    }
  }
}

/**
 * Attribute keys the policy declares, and values of the closed kinds (enum, boolean, short number) in the
 * form the anonymiser writes them: the city wrote these lists, a source did not. Codes are always searched.
 */
export function declaredAttributeExemptions(declarations: AttributeDeclarations): Exemption[] {
  const rulesByKey = new Map<string, AttributeRule[]>();
  for (const rules of Object.values(declarations)) {
    for (const [key, rule] of rules ?? new Map<string, AttributeRule>()) rulesByKey.set(key, [...(rulesByKey.get(key) ?? []), rule]);
  }
  const keys = new Set(rulesByKey.keys());
  const values = [...rulesByKey].flatMap(([key, rules]): Exemption[] => {
    const checks = rules.map(closedValue);
    if (checks.some((check) => check === undefined)) return [];
    return [[`attributes.${key}`, (text) => checks.some((check) => check?.(text) === true)]];
  });
  return [['attributes{}', (text) => keys.has(text)], ...values];
}
