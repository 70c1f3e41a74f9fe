import type { AttributeRule } from '../policy/attribute-rule';
import type { AttributeDropReason } from './attribute-drop';

/** A value kept in its canonical form, or the reason it is dropped. */
export type AttributeValueCheck = { readonly kept: string } | { readonly dropped: AttributeDropReason };

// Plain decimal notation only: no exponents, hex, separators or words that Number() would also accept.
const decimal = /^-?\d{1,15}(?:\.\d{1,9})?$/;

function checkNumber(value: string, min: number, max: number): AttributeValueCheck {
  const text = value.trim();
  if (text.length > 26 || !decimal.test(text)) return { dropped: 'not-a-number' };
  const number = Number(text);
  return number >= min && number <= max ? { kept: String(number) } : { dropped: 'out-of-range' };
}

function checkBoolean(value: string): AttributeValueCheck {
  const text = value.trim().toLowerCase();
  return text === 'true' || text === 'false' ? { kept: text } : { dropped: 'not-a-boolean' };
}

/**
 * Checks one attribute value against its declared rule. Whatever is kept is a declared enum value, a
 * number, a boolean or a short code the policy's pattern matched: never free text as the source wrote it.
 */
export function checkAttributeValue(value: string, rule: AttributeRule): AttributeValueCheck {
  switch (rule.type) {
    case 'enum':
      return rule.values.includes(value) ? { kept: value } : { dropped: 'not-in-enum' };
    case 'number':
      return checkNumber(value, rule.min, rule.max);
    case 'boolean':
      return checkBoolean(value);
    case 'code':
      // The length is checked first, so the pattern only ever runs on a short text.
      if (value.length > rule.maxLength) return { dropped: 'too-long' };
      return rule.pattern.test(value) ? { kept: value } : { dropped: 'pattern-mismatch' };
    default: {
      const unknownRule: never = rule;
      return unknownRule;
    }
  }
}
