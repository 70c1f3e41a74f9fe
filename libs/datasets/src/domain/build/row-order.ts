/**
 * Indices of the released rows in the release's total order: ascending split-hash fraction, then event id. The
 * split is a step function of the fraction, so this also groups rows train, validation, test; within a split it is
 * a keyed shuffle that keeps the relative order of surviving events from one version to the next.
 */
export function orderRows(released: Uint8Array, fractions: Float64Array, eventIds: readonly string[]): Uint32Array {
  let count = 0;
  for (const flag of released) count += flag;
  const order = new Uint32Array(count);
  let at = 0;
  for (let row = 0; row < released.length; row++) if (released[row] === 1) order[at++] = row;
  return order.sort((a, b) => {
    const byFraction = (fractions[a] ?? 0) - (fractions[b] ?? 0);
    if (byFraction !== 0) return byFraction;
    const ida = eventIds[a] ?? '';
    const idb = eventIds[b] ?? '';
    return ida < idb ? -1 : ida > idb ? 1 : 0;
  });
}

/** Row id of the index-th row of a split: `train-0000042`; zero-padded so text order equals row order below 10^7. */
export function rowIdOf(split: string, index: number): string {
  return `${split}-${String(index).padStart(7, '0')}`;
}
