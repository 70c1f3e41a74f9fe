/** A byte range of a file, both ends inclusive (as in `Content-Range`). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** What a `Range` header asks of a file of `size` bytes: the whole file, one range, or nothing satisfiable (416). */
export type RangeRequest = { readonly kind: 'whole' } | { readonly kind: 'partial'; readonly range: ByteRange } | { readonly kind: 'unsatisfiable' };

/**
 * One `bytes=` range (`a-b`, `a-`, `-n`); several ranges or another unit are served whole, as RFC 9110 allows.
 * A start past the end of the file is unsatisfiable.
 */
export function rangeRequestOf(header: string | undefined, size: number): RangeRequest {
  if (header === undefined) return { kind: 'whole' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
  const [first, last] = [match[1] as string, match[2] as string];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(first);
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return { kind: 'unsatisfiable' };
  return { kind: 'partial', range: { start, end } };
}
