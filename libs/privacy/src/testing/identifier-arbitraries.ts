import fc from 'fast-check';
import { identifierKinds } from '../domain/detection/identifier-kind';
import type { IdentifierKind } from '../domain/detection/identifier-kind';
import type { CorpusIdentifier } from './corpus/corpus-identifier';
import { corpusFormats } from './corpus/identifier-corpus';
import { seededRandom } from './seeded-random';

/** A corpus identifier of a kind the detectors know. */
export type DetectableIdentifier = CorpusIdentifier & { readonly kind: IdentifierKind };

/** Any synthetic identifier of the given detectable kinds, any format, any seed. */
export function identifierArbitrary(kinds: readonly IdentifierKind[] = identifierKinds): fc.Arbitrary<DetectableIdentifier> {
  return fc.record({ kind: fc.constantFrom(...kinds), format: fc.nat(), seed: fc.integer() }).map(({ kind, format, seed }) => {
    const formats = corpusFormats[kind];
    const chosen = formats[format % formats.length];
    if (!chosen) throw new RangeError(`no format for ${kind}`);
    return { kind, format: chosen.format, region: chosen.region, value: chosen.make(seededRandom(seed)) };
  });
}

const words = [
  '신고', '차량', '학교', '앞', '사고', '명', 'El', 'coche', 'en', 'la', 'calle', 'Die', 'Kamera', 'am', 'Bahnhof',
  '通報', '車', 'の', '報案', '車輛', 'the', 'car', 'near', 'school', 'people', '3', '12', '2026', 'at', 'on',
];

/** Filler text: arbitrary Unicode, or words of the mesh's languages. */
export const fillerArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ maxLength: 16 }),
  fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((chosen) => chosen.join(' ')),
);
