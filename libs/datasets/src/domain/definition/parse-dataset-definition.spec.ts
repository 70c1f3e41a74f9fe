import { ValidationError } from '@usm/errors';
import { DatasetsErrorCode } from '../datasets-error-codes';
import { definitionDocument } from './dataset-definition.spec-fixtures';
import { parseDatasetDefinition } from './parse-dataset-definition';

function violationsOf(input: unknown): { field: string; rule: string }[] {
  try {
    parseDatasetDefinition(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe(DatasetsErrorCode.InvalidDefinition);
    return (error as ValidationError).violations.map(({ field, rule }) => ({ field, rule }));
  }
  throw new Error('expected the definition to be refused');
}

describe('parseDatasetDefinition', () => {
  it('fills the defaults: all four quasi-identifiers, subCategory sensitive, k 5, l 2, 5 % suppression, both formats, pseudonyms dropped', () => {
    const definition = parseDatasetDefinition(definitionDocument());
    expect(definition).toMatchObject({
      quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'],
      sensitiveColumn: 'subCategory',
      k: 5,
      l: 2,
      maxSuppression: 0.05,
      formats: ['avro', 'parquet'],
      pseudonyms: 'drop',
      filters: {},
      splits: { stratifyBy: 'category' },
    });
  });

  it('keeps valid filters, an H3 area of mixed resolutions included', () => {
    const filters = { categories: ['traffic'], subCategories: ['carAccident'], from: 0, until: 10, cities: ['incheon'], h3Area: ['8730e0ae9ffffff', '8930e0ae9c3ffff'] };
    expect(parseDatasetDefinition(definitionDocument({ filters })).filters).toEqual(filters);
  });

  it.each([
    ['a definition id that is not a slug', { definitionId: 'School Zone' }, 'definitionId', 'invalid-format'],
    ['a missing title', { title: undefined }, 'title', 'required'],
    ['an unknown purpose', { purpose: 'marketing' }, 'purpose', 'invalid-value'],
    ['no event source', { sources: { events: [], labels: [] } }, 'sources.events', 'too-small'],
    ['a raw topic as source', { sources: { events: ['safety.events.raw.v1'] } }, 'sources.events.0', 'source-topic'],
    ['a label topic as event source', { sources: { events: ['safety.labels.v1'] } }, 'sources.events.0', 'source-topic'],
    ['an unknown category', { filters: { categories: ['parking'] } }, 'filters.categories.0', 'invalid-value'],
    ['an unknown sub-category', { filters: { subCategories: ['noise'] } }, 'filters.subCategories.0', 'sub-category'],
    ['a window ending before it starts', { filters: { from: 10, until: 5 } }, 'filters.until', 'window-order'],
    ['an invalid H3 cell', { filters: { h3Area: ['not-a-cell'] } }, 'filters.h3Area.0', 'h3-cell'],
    ['k of 1', { k: 1 }, 'k', 'too-small'],
    ['a fractional k', { k: 2.5 }, 'k', 'invalid-type'],
    ['l above k', { k: 3, l: 4 }, 'l', 'l-at-most-k'],
    ['a suppression above one half', { maxSuppression: 0.6 }, 'maxSuppression', 'too-big'],
    ['ratios not summing to one', { splits: { train: 0.8, validation: 0.1, test: 0.2, seed: 'seed-school-zone-2026' } }, 'splits.train', 'sum-to-one'],
    ['a short seed', { splits: { train: 1, validation: 0, test: 0, seed: 'short' } }, 'splits.seed', 'too-small'],
    ['a duplicated quasi-identifier', { quasiIdentifiers: ['h3Cell', 'h3Cell'] }, 'quasiIdentifiers', 'unique'],
    ['no format', { formats: [] }, 'formats', 'too-small'],
    ['unknown access rights', { usage: { licence: 'CC-BY-4.0', terms: 'x', accessRights: 'public' } }, 'usage.accessRights', 'invalid-value'],
    ['per-release pseudonyms', { pseudonyms: 'rekeyPerRelease' }, 'pseudonyms', 'pseudonyms-dropped'],
    ['a label sensitive column without label source', { sensitiveColumn: 'label', sources: { events: ['safety.events.anonymised.v1'] } }, 'sensitiveColumn', 'needs-label-source'],
    ['an unknown setting', { kAnonymity: 5 }, 'kAnonymity', 'unknown-key'],
  ])('refuses %s, naming the field and the rule', (_what, overrides, field, rule) => {
    expect(violationsOf(definitionDocument(overrides))).toContainEqual({ field, rule });
  });

  it('names every broken field at once', () => {
    expect(violationsOf(definitionDocument({ k: 0, l: 0 }))).toEqual(
      expect.arrayContaining([
        { field: 'k', rule: 'too-small' },
        { field: 'l', rule: 'too-small' },
      ]),
    );
  });

  it('refuses a document that is not an object', () => {
    expect(violationsOf('school-zone-hazards')).toEqual([{ field: 'definition', rule: 'invalid-type' }]);
  });
});
