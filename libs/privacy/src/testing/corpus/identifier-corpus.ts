import { seededRandom } from '../seeded-random';
import type { CorpusFormat, CorpusIdentifier, CorpusKind } from './corpus-identifier';
import { corpusKinds, corpusRegistry } from './corpus-registry';

/** The formats of every corpus kind (from corpusRegistry). */
export const corpusFormats: Readonly<Record<CorpusKind, readonly CorpusFormat[]>> = Object.fromEntries(
  corpusKinds.map((kind) => [kind, corpusRegistry[kind].formats]),
) as Record<CorpusKind, readonly CorpusFormat[]>;

/** A 32-bit FNV-1a hash of a kind's name: its corpus seed, so a new kind leaves other kinds' values alone. */
export function kindSeedOf(kind: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < kind.length; index++) hash = Math.imul(hash ^ kind.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

/**
 * `count` identifiers of one kind, the same for the same kind, count and seed. Each value has its own
 * random source (kind, seed and index), so values do not shift when formats or other kinds change;
 * formats are taken in turn, so a count at least the number of formats covers every format.
 */
export function generateKindCorpus(kind: CorpusKind, count: number, seed = 0): CorpusIdentifier[] {
  const formats = corpusRegistry[kind].formats;
  const base = (kindSeedOf(kind) ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  return Array.from({ length: count }, (_, index) => {
    const format = formats[index % formats.length] as CorpusFormat;
    return { kind, format: format.format, region: format.region, value: format.make(seededRandom((base + Math.imul(index, 0x2545f491)) >>> 0)) };
  });
}

/** `count` synthetic identifiers of every corpus kind, the same for the same seed. */
export function generateIdentifierCorpus(seed: number, count: number): CorpusIdentifier[] {
  return corpusKinds.flatMap((kind) => generateKindCorpus(kind, count, seed));
}
