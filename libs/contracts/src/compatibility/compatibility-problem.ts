import type { ReadDirection } from './compatibility-level';

/** The rule a schema change breaks, worded for the direction that breaks. */
export type CompatibilityRule =
  | 'new field without default'
  | 'removed field without default'
  | 'type changed'
  | 'enum symbol removed'
  | 'enum symbol added'
  | 'union branch removed'
  | 'union branch added'
  | 'named type renamed'
  | 'fixed size changed'
  | 'incompatible';

/** One reason a new schema is not compatible with a previous one. */
export interface CompatibilityProblem {
  /** Dotted path from the top record, e.g. `RawSafetyEvent.severity`. */
  readonly field: string;
  readonly rule: CompatibilityRule;
  readonly direction: ReadDirection;
  /** Index of the previous schema it conflicts with (oldest first). */
  readonly previousIndex: number;
  readonly message: string;
}
