import type { Dimension, DimensionKey } from './dimension';
import { createDimension, encodeKeys } from './dimension';

/** Merged band widths in years; each divides the next. 160 puts every age in one band. */
export const ageBandWidthChain: readonly number[] = [5, 10, 20, 40, 80, 160];

type Band = { readonly low: number; readonly high: number | null } | null;

function parseBand(band: DimensionKey): Band {
  const text = String(band);
  const closed = /^(\d{1,3})-(\d{1,3})$/.exec(text);
  if (closed) return Number(closed[2]) >= Number(closed[1]) ? { low: Number(closed[1]), high: Number(closed[2]) } : null;
  const open = /^(\d{1,3})\+$/.exec(text);
  if (open) return { low: Number(open[1]), high: null };
  return /^\d{1,3}$/.test(text) ? { low: Number(text), high: Number(text) } : null;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Age bands (`30-39`, `80+`, `7`) merged into wider bands aligned on multiples of the width; from the band holding
 * the lowest open band's start upward everything merges into one open band (`80+`). Unknown (null) stays unknown
 * and a band that does not parse stays as it is at every level.
 */
export function ageDimension(bands: readonly (string | null)[]): Dimension {
  const source = encodeKeys(bands);
  const parsed = source.distinct.map((band) => (band === null ? null : parseBand(band)));
  const closedWidths = parsed.flatMap((b) => (b && b.high !== null ? [b.high - b.low + 1] : []));
  const opens = parsed.flatMap((b) => (b && b.high === null ? [b.low] : []));
  const lowestOpen = opens.length > 0 ? Math.min(...opens) : null;
  const base = closedWidths.reduce((lcm, w) => (lcm * w) / gcd(lcm, w), 1);
  const levels: { parameter: number; keys: DimensionKey[] }[] = [{ parameter: Math.max(0, ...closedWidths), keys: [...source.distinct] }];
  for (const width of ageBandWidthChain.filter((w) => w > Math.max(0, ...closedWidths) && w % base === 0)) {
    const openFrom = lowestOpen === null ? null : Math.floor(lowestOpen / width) * width;
    const keys = source.distinct.map((band, code) => mergeBand(band, parsed[code] ?? null, width, openFrom));
    levels.push({ parameter: width, keys });
    if (new Set(keys).size <= 1) break;
  }
  return createDimension('ageBand', source, levels);
}

function mergeBand(band: DimensionKey, parsed: Band, width: number, openFrom: number | null): DimensionKey {
  if (parsed === null) return band;
  const low = Math.floor(parsed.low / width) * width;
  if (openFrom !== null && low >= openFrom) return `${openFrom}+`;
  const high = parsed.high === null ? low + width - 1 : Math.floor(parsed.high / width) * width + width - 1;
  return `${low}-${high}`;
}
