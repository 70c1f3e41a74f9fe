const plainName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Extends a violation path: `events[2]` + `location` → `events[2].location`; map keys that are not plain names get brackets. */
export function fieldPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (!plainName.test(segment)) return `${parent}[${JSON.stringify(segment)}]`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

/** The path a violation on the whole value is reported under. */
export function wholeValuePath(path: string): string {
  return path === '' ? 'body' : path;
}
