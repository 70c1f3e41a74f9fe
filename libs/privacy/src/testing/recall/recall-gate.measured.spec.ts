import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { languagesBelowGate } from '../../domain/recall/languages-below-gate';
import { recallGate } from '../../domain/recall/recall-gate';
import { gatedDescriptionModes } from '../../domain/recall/recall-thresholds';
import { generateRecallCorpus } from './generate-recall-corpus';
import { measureRecall } from './measure-recall';
import { descriptionChoicesOf } from './policy-description-languages';

const policiesDir = join(__dirname, '../../../policies');

describe('the committed recall gate', () => {
  const measured = measureRecall(generateRecallCorpus());

  it.each(gatedDescriptionModes)('lists only languages whose every kind passes in %s mode, as measured now', (mode) => {
    expect(recallGate[mode].filter((language) => !measured[mode].passing.includes(language))).toEqual([]);
  });

  it('is enforced on every policy shipped in the repository', () => {
    const files = readdirSync(policiesDir).filter((file) => /\.ya?ml$/.test(file));
    const belowGate = files.flatMap((file) =>
      descriptionChoicesOf(parse(readFileSync(join(policiesDir, file), 'utf8'))).flatMap((choice) =>
        languagesBelowGate(choice.mode, choice.languages).map((language) => `${file}: ${choice.mode} ${language}`)),
    );
    expect(belowGate).toEqual([]);
  });
});

describe('descriptionChoicesOf', () => {
  it('reads the mode from fields.description and the languages from freeText.languages', () => {
    expect(descriptionChoicesOf({ fields: { description: 'scrub' }, freeText: { languages: ['ko', 'zh-Hant'] } })).toEqual([{ mode: 'scrub', languages: ['ko', 'zh-Hant'] }]);
    expect(descriptionChoicesOf({ fields: { description: 'vocabulary' } })).toEqual([{ mode: 'vocabulary', languages: [] }]);
  });

  it('reads a { mode, languages } object and a top-level description section too', () => {
    expect(descriptionChoicesOf({ fields: { description: { mode: 'scrub', languages: ['ja'] } } })).toEqual([{ mode: 'scrub', languages: ['ja'] }]);
    expect(descriptionChoicesOf({ description: { mode: 'vocabulary', languages: ['de'] } })).toEqual([{ mode: 'vocabulary', languages: ['de'] }]);
  });
});
