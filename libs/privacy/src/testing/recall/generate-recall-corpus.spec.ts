import { descriptionLanguages } from '../../domain/vocabulary/description-language';
import { generateRecallCorpus } from './generate-recall-corpus';
import { obfuscations } from './obfuscations';
import { recallKinds } from './recall-kinds';
import { recallTemplates } from './recall-templates';

describe('generateRecallCorpus', () => {
  const corpus = generateRecallCorpus();

  it('holds at least 5,000 items of at least 30 kinds', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(corpus.map((item) => item.kind)).size).toBeGreaterThanOrEqual(30);
  });

  it('covers every kind in every language one of its formats is written in', () => {
    const covered = new Set(corpus.map((item) => `${item.kind}|${item.language}`));
    const expected = recallKinds.flatMap((kind) =>
      descriptionLanguages.filter((language) => kind.formats.some((format) => format.languages.includes(language))).map((language) => `${kind.kind}|${language}`),
    );
    expect(expected.filter((pair) => !covered.has(pair))).toEqual([]);
  });

  it('has at least 12 templates per language, covering every slot', () => {
    for (const language of descriptionLanguages) {
      expect(recallTemplates[language].length).toBeGreaterThanOrEqual(12);
      expect(new Set(recallTemplates[language].map((template) => template.slot)).size).toBe(9);
    }
  });

  it('applies every obfuscation somewhere and leaves most items plain', () => {
    const applied = new Set(corpus.map((item) => item.obfuscation));
    expect([...obfuscations.map((o) => o.name), 'nfd', 'none'].filter((name) => !applied.has(name))).toEqual([]);
    expect(corpus.filter((item) => item.obfuscation === 'none').length / corpus.length).toBeGreaterThan(0.5);
  });

  it('embeds each identifier as written and a precision probe in its sentence', () => {
    for (const item of corpus) {
      const text = item.text.normalize('NFC');
      expect(item.values.some((value) => text.includes(value.normalize('NFC')))).toBe(true);
      expect(item.probes.every((probe) => text.includes(probe))).toBe(true);
    }
  });

  it('is deterministic, and seeded per kind so other kinds do not change a kind', () => {
    expect(generateRecallCorpus()).toEqual(corpus);
    const phone = recallKinds.filter((kind) => kind.kind === 'phone');
    expect(generateRecallCorpus(undefined, phone)).toEqual(corpus.filter((item) => item.kind === 'phone'));
  });
});
