const plainName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Extends a violation path: `events[2]` + `location` → `events[2].location`; other names get brackets. */
export function rulePath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (!plainName.test(segment)) return `${parent}[${JSON.stringify(segment)}]`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

/** Whether a value is a plain object (a record or a map in Avro's JSON shape). */
export const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
