import { detectIdentifiers } from '../../domain/detection/detect-identifiers';
import { isAcceptedOverlap } from '../../domain/detection/accepted-overlaps';
import type { IdentifierKind } from '../../domain/detection/identifier-kind';
import { identifierKinds } from '../../domain/detection/identifier-kind';
import { descriptionLanguages } from '../../domain/vocabulary/description-language';
import { corpusKinds, corpusRegistry } from './corpus-registry';
import { sentenceSlots } from './sentence-slot';
import { corpusFormats, generateIdentifierCorpus, generateKindCorpus, kindSeedOf } from './identifier-corpus';

describe('corpusRegistry', () => {
  it('has exactly the detected kinds of the identifier registry, plus device ids', () => {
    expect([...corpusKinds].sort()).toEqual([...identifierKinds, 'device-id'].sort());
  });

  it('has at least thirty kinds', () => {
    expect(corpusKinds.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every kind formats with languages of the mesh and sentence slots', () => {
    for (const kind of corpusKinds) {
      const { formats, slots } = corpusRegistry[kind];
      expect(formats.length).toBeGreaterThan(0);
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) expect(sentenceSlots).toContain(slot);
      for (const format of formats) {
        expect(format.languages.length).toBeGreaterThan(0);
        for (const language of format.languages) expect(descriptionLanguages).toContain(language);
      }
    }
  });

  it('has formats for every language of the mesh', () => {
    const languages = new Set(corpusKinds.flatMap((kind) => corpusRegistry[kind].formats.flatMap((format) => format.languages)));
    expect([...languages].sort()).toEqual([...descriptionLanguages].sort());
  });
});

describe('generateKindCorpus', () => {
  it('is the same for the same kind, count and seed, and differs with the seed', () => {
    expect(generateKindCorpus('passport-kr', 12)).toEqual(generateKindCorpus('passport-kr', 12));
    expect(generateKindCorpus('passport-kr', 12, 1)).not.toEqual(generateKindCorpus('passport-kr', 12));
  });

  it('keeps the first values when more are asked for, so growing a corpus shifts nothing', () => {
    expect(generateKindCorpus('iban', 30).slice(0, 10)).toEqual(generateKindCorpus('iban', 10));
  });

  it('seeds each kind from its own name, so kinds do not share values', () => {
    expect(kindSeedOf('rrn')).not.toBe(kindSeedOf('foreigner-rrn'));
    expect(kindSeedOf('dni')).toBe(kindSeedOf('dni'));
  });
});

describe('generateIdentifierCorpus', () => {
  const corpus = generateIdentifierCorpus(2026, 21);

  it('is the same for the same seed', () => {
    expect(generateIdentifierCorpus(2026, 21)).toEqual(corpus);
    expect(generateIdentifierCorpus(2027, 21)).not.toEqual(corpus);
  });

  it('is each kind corpus in turn', () => {
    expect(corpus.filter((identifier) => identifier.kind === 'nie')).toEqual(generateKindCorpus('nie', 21, 2026));
  });

  it('has count identifiers of every corpus kind', () => {
    for (const kind of corpusKinds) expect(corpus.filter((identifier) => identifier.kind === kind)).toHaveLength(21);
  });

  it('covers every format once the count reaches the number of formats', () => {
    for (const [kind, formats] of Object.entries(corpusFormats)) {
      const seen = new Set(corpus.filter((identifier) => identifier.kind === kind).map((identifier) => identifier.format));
      expect([...seen].sort()).toEqual(formats.map((format) => format.format).sort());
    }
  });

  it('makes identifiers the detectors find whole, as their own kind or an accepted overlap', () => {
    for (const identifier of corpus.filter((entry) => entry.kind !== 'device-id')) {
      const kind = identifier.kind as IdentifierKind;
      const hits = detectIdentifiers(`» ${identifier.value} «`);
      expect(hits).toEqual([{ kind: expect.any(String), start: 2, end: 2 + identifier.value.length }]);
      const found = hits[0]?.kind ?? kind;
      expect(found === kind || isAcceptedOverlap(kind, found)).toBe(true);
    }
  });
});
