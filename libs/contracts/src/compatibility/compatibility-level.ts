/** Schema-registry compatibility levels, with Confluent's names. */
export const compatibilityLevels = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;

export type CompatibilityLevel = (typeof compatibilityLevels)[number];

/** `backward`: the new schema reads data written with an old one; `forward`: an old schema reads new data. */
export type ReadDirection = 'backward' | 'forward';

export interface CompatibilityComparison {
  /** Index into the previous schemas, oldest first. */
  readonly previousIndex: number;
  readonly direction: ReadDirection;
}

/** The comparisons a level asks for, newest previous schema first. Non-transitive levels look at the latest only. */
export function comparisonsOf(level: CompatibilityLevel, previousCount: number): CompatibilityComparison[] {
  if (level === 'NONE' || previousCount === 0) return [];
  const transitive = level.endsWith('_TRANSITIVE');
  const indexes = Array.from({ length: transitive ? previousCount : 1 }, (_, i) => previousCount - 1 - i);
  const directions: ReadDirection[] = level.startsWith('BACKWARD') ? ['backward'] : level.startsWith('FORWARD') ? ['forward'] : ['backward', 'forward'];
  return indexes.flatMap((previousIndex) => directions.map((direction) => ({ previousIndex, direction })));
}
