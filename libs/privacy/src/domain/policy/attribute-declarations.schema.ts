import { z } from 'zod';
import type { AttributeDeclarations, AttributeRule } from './attribute-rule';
import { sourceKinds } from './source-kinds';

const rule = (name: string, message: string) => ({ message, params: { rule: name } });

/** Longest code a policy may declare: a code, not a sentence. */
export const maxCodeLength = 32;

// Attribute keys and enumerated values are policy words, never free text: short ASCII identifiers.
const policyWord = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,47}$/, 'letters, digits, dot, dash or underscore, starting with a letter, at most 48');

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

// A quantified group with a quantifier inside, like (a+)+ or (\d*){2,}: the shape of catastrophic backtracking.
const nestedQuantifier = /\([^()]*(?:[+*]|\{\d+,\d*\})[^()]*\)(?:[+*]|\{\d+,\d*\})/;

const codePattern = z
  .string()
  .max(200)
  .refine((pattern) => pattern.startsWith('^') && pattern.endsWith('$') && !pattern.endsWith('\\$'), rule('anchored-pattern', 'must be anchored: start with ^ and end with $'))
  .refine(compiles, rule('invalid-regex', 'is not a valid regular expression (Unicode mode)'))
  .refine((pattern) => !nestedQuantifier.test(pattern), rule('nested-quantifier', 'must not repeat a group that itself repeats: it can backtrack exponentially'));

const attributeRule = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('enum'), values: z.array(policyWord).min(1).max(64) }),
  z
    .strictObject({ type: z.literal('number'), min: z.number(), max: z.number(), unit: z.string().regex(/^[A-Za-z0-9%/°µ²³.-]{1,16}$/, 'a unit such as km/h, °C or %') })
    .refine((number) => number.min <= number.max, { ...rule('min-not-above-max', 'min must not be above max'), path: ['max'] }),
  z.strictObject({ type: z.literal('boolean') }),
  z.strictObject({ type: z.literal('code'), pattern: codePattern, maxLength: z.int().min(1).max(maxCodeLength) }),
]);

const compile = (declared: z.infer<typeof attributeRule>): AttributeRule =>
  declared.type === 'code' ? { type: 'code', pattern: new RegExp(declared.pattern, 'u'), maxLength: declared.maxLength } : declared;

const keysOfKind = z.record(policyWord, attributeRule).transform((keys) => new Map(Object.entries(keys).map(([key, declared]) => [key, compile(declared)])));

/** Attribute declarations per source kind as written in a policy; patterns are compiled here, once. */
export const attributeDeclarationsSchema = z
  .partialRecord(z.enum(sourceKinds), keysOfKind)
  .default({})
  .transform((kinds): AttributeDeclarations => kinds);
