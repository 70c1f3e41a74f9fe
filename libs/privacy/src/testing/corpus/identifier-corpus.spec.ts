import { detectIdentifiers } from '../../domain/detection/detect-identifiers';
import { identifierKinds } from '../../domain/detection/identifier-kind';
import { corpusFormats, generateIdentifierCorpus } from './identifier-corpus';

describe('generateIdentifierCorpus', () => {
  const corpus = generateIdentifierCorpus(2026, 21);

  it('is the same for the same seed', () => {
    expect(generateIdentifierCorpus(2026, 21)).toEqual(corpus);
    expect(generateIdentifierCorpus(2027, 21)).not.toEqual(corpus);
  });

  it('has count identifiers of every detectable kind, and of names and device ids', () => {
    for (const kind of [...identifierKinds, 'name', 'device-id'] as const) {
      expect(corpus.filter((identifier) => identifier.kind === kind)).toHaveLength(21);
    }
  });

  it('covers every format once the count reaches the number of formats', () => {
    for (const [kind, formats] of Object.entries(corpusFormats)) {
      const seen = new Set(corpus.filter((identifier) => identifier.kind === kind).map((identifier) => identifier.format));
      expect([...seen].sort()).toEqual(formats.map((format) => format.format).sort());
    }
  });

  it('makes identifiers the detectors find whole', () => {
    for (const identifier of corpus.filter((entry) => entry.kind !== 'name' && entry.kind !== 'device-id')) {
      const hits = detectIdentifiers(`» ${identifier.value} «`);
      expect(hits).toEqual([{ kind: expect.any(String), start: 2, end: 2 + identifier.value.length }]);
    }
  });
});
