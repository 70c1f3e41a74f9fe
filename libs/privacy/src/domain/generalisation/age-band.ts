import type { AgeBandSettings } from '../policy/privacy-policy';

/** The band holding an age in whole years: `30-39` for width 10, and `80+` from the open band on. */
export function ageBandOf(age: number, bands: AgeBandSettings): string {
  if (age >= bands.openFrom) return `${bands.openFrom}+`;
  const lower = Math.floor(age / bands.width) * bands.width;
  return bands.width === 1 ? String(lower) : `${lower}-${lower + bands.width - 1}`;
}
