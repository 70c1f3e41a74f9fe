import type { Dimension, DimensionKey } from './dimension';
import { createDimension, encodeKeys } from './dimension';

const minute = 60_000;
/** Bucket widths in minutes; each divides the next, so every level nests in the one above. */
export const bucketWidthChain: readonly number[] = [1, 5, 15, 30, 60, 120, 240, 720, 1440, 10_080, 40_320];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Time buckets widened along bucketWidthChain. The first level is the least common multiple of the source widths,
 * so buckets of different policies line up; levels stop where every event shares one bucket.
 */
export function timeDimension(starts: readonly number[], widths: readonly number[]): Dimension {
  const base = [...new Set(widths)].reduce((lcm, w) => (lcm * w) / gcd(lcm, w), 1);
  const floorTo = (start: number, width: number) => Math.floor(start / (width * minute)) * width * minute;
  const source = encodeKeys(starts.map((start) => floorTo(start, base)));
  const widthsUsed = [base, ...bucketWidthChain.filter((w) => w > base && w % base === 0)];
  const levels: { parameter: number; keys: DimensionKey[] }[] = [];
  for (const width of widthsUsed) {
    const keys = source.distinct.map((start) => floorTo(Number(start), width));
    levels.push({ parameter: width, keys });
    if (new Set(keys).size <= 1) break;
  }
  return createDimension('timeBucket', source, levels);
}
