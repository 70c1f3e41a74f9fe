import { generateKindCorpus } from '../../testing/corpus/identifier-corpus';
import { acceptedOverlaps, isAcceptedOverlap } from './accepted-overlaps';
import { detectIdentifiers, detectionRankOf } from './detect-identifiers';
import type { IdentifierKind, TextRange } from './identifier-kind';
import { identifierKinds } from './identifier-kind';
import { identifierRegistry } from './identifier-registry';
import { mergeHits } from './merge-hits';
import { normaliseText } from './normalise/normalise-text';

// Enough values per kind to cover every format several times; the corpus is seeded per kind, so this
// spec is deterministic and a new kind leaves the other kinds' values unchanged.
const perKind = 200;
const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

interface Clash {
  readonly kind: IdentifierKind;
  readonly claimedAs: IdentifierKind;
  readonly format: string;
}

// For a value of A that B's detector also claims, the merge of the two detectors' hits must name it A.
function clashesOf(kind: IdentifierKind): Clash[] {
  return generateKindCorpus(kind, perKind).flatMap((identifier) => {
    const text = normaliseText(`» ${identifier.value} «`).text;
    const own = identifierRegistry[kind].detector.detect(text).map((range) => ({ kind, ...range }));
    return identifierKinds
      .filter((other) => other !== kind)
      .flatMap((other) => {
        const claimed = identifierRegistry[other].detector.detect(text).filter((range) => own.some((hit) => overlaps(hit, range)));
        if (claimed.length === 0) return [];
        const merged = mergeHits([...own, ...claimed.map((range) => ({ kind: other, ...range }))], detectionRankOf);
        return merged.every((hit) => hit.kind === kind) ? [] : [{ kind, claimedAs: other, format: identifier.format }];
      });
  });
}

describe('identifier registry, pairwise', () => {
  const clashes = identifierKinds.flatMap(clashesOf);

  it('names every corpus value by its own kind when another detector also claims it, unless the overlap is accepted', () => {
    const unexpected = clashes.filter((clash) => !isAcceptedOverlap(clash.kind, clash.claimedAs));
    expect([...new Set(unexpected.map((clash) => `${clash.kind}/${clash.format} claimed as ${clash.claimedAs}`))]).toEqual([]);
  });

  it('gives every accepted overlap two registered kinds and a reason', () => {
    for (const overlap of acceptedOverlaps) {
      expect(identifierKinds).toEqual(expect.arrayContaining([overlap.kind, overlap.claimedAs]));
      expect(overlap.reason.length).toBeGreaterThan(20);
    }
  });

  it('still sees the overlaps it accepts, so the check is live', () => {
    expect(clashes.length).toBeGreaterThan(0);
  });

  it('finds a German mobile number as a phone, though its twelve digits may pass the My Number check', () => {
    // 015123456782 passes the My Number check digit.
    expect(identifierRegistry['my-number'].detector.detect(normaliseText('Handy 015123456782').text)).toEqual([]);
    expect(detectIdentifiers('Handy 0151 23456782').map((hit) => hit.kind)).toEqual(['phone']);
    expect(detectIdentifiers('Handy 015123456782').map((hit) => hit.kind)).toEqual(['phone']);
  });
});
