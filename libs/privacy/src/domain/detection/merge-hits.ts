import type { TextRange } from './identifier-kind';

/**
 * Sorted, non-overlapping ranges covering every input range. Overlapping hits merge into one whose
 * kind is the earliest hit's (the higher-ranked kind on a tie), so no detected character is left out.
 */
export function mergeHits<K extends string, H extends TextRange & { readonly kind: K }>(
  hits: readonly H[],
  rank: (kind: K) => number,
): Array<TextRange & { kind: K }> {
  const sorted = [...hits].sort(
    (a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind),
  );
  const merged: Array<TextRange & { kind: K }> = [];
  for (const hit of sorted) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) {
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, hit.end) };
    } else {
      merged.push({ kind: hit.kind, start: hit.start, end: hit.end });
    }
  }
  return merged;
}
