import type { SourceKind } from '../contract/safety-event-enums';

/** One of a closed list of values, e.g. `objectClass: car`. */
export interface EnumAttributeRule {
  readonly type: 'enum';
  readonly values: readonly string[];
}

/** A decimal number within a range, in a unit, e.g. `speedKmh: 87`. */
export interface NumberAttributeRule {
  readonly type: 'number';
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

/** `true` or `false`. */
export interface BooleanAttributeRule {
  readonly type: 'boolean';
}

/** A short code: at most maxLength characters matching an anchored pattern, compiled once when the policy loads. */
export interface CodeAttributeRule {
  readonly type: 'code';
  readonly pattern: RegExp;
  readonly maxLength: number;
}

/** What a declared attribute's value must be to be shared; nothing else is. */
export type AttributeRule = EnumAttributeRule | NumberAttributeRule | BooleanAttributeRule | CodeAttributeRule;

/** The attribute keys a city accepts per source kind, each with its value rule; a kind not listed keeps none. */
export type AttributeDeclarations = Readonly<Partial<Record<SourceKind, ReadonlyMap<string, AttributeRule>>>>;
