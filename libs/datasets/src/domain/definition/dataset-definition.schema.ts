import { alertCategories, alertSubCategories } from '@usm/contracts';
import { isValidCell } from 'h3-js';
import { z } from 'zod';
import { quasiIdentifiers } from './dataset-definition';
import { eventSourceTopic, isOwnOrReplicaOf, labelSourceTopic } from './source-topics';

const rule = (name: string, message: string) => ({ message, params: { rule: name } });
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;
const knownSubCategories = new Set(Object.values(alertSubCategories).flat());

const topics = (catalogName: string) =>
  z
    .array(z.string().refine((t) => isOwnOrReplicaOf(t, catalogName), rule('source-topic', `must be ${catalogName} or <city>.${catalogName}`)))
    .refine(unique, rule('unique', 'lists a topic twice'));

const filters = z
  .strictObject({
    categories: z.array(z.enum(alertCategories)).min(1).refine(unique, rule('unique', 'lists a category twice')).optional(),
    subCategories: z
      .array(z.string().refine((s) => knownSubCategories.has(s), rule('sub-category', 'not a FIWARE Alert subCategory')))
      .min(1)
      .optional(),
    from: z.int().min(0).optional(),
    until: z.int().min(0).optional(),
    cities: z.array(z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'a lowercase city id')).min(1).optional(),
    h3Area: z
      .array(z.string().refine((cell) => isValidCell(cell), rule('h3-cell', 'not a valid H3 cell index')))
      .min(1)
      .max(10_000)
      .optional(),
  })
  .refine((f) => f.from === undefined || f.until === undefined || f.from < f.until, {
    ...rule('window-order', 'until must be after from'),
    path: ['until'],
  });

const splits = z
  .strictObject({
    train: z.number().min(0).max(1),
    validation: z.number().min(0).max(1),
    test: z.number().min(0).max(1),
    // The seed keys the split hash: a guessable seed lets anyone predict which events sit in the test split.
    seed: z.string().min(16, 'at least 16 characters').max(256),
    stratifyBy: z.literal('category').default('category'),
  })
  .refine((s) => Math.abs(s.train + s.validation + s.test - 1) < 1e-9, { ...rule('sum-to-one', 'train + validation + test must be 1'), path: ['train'] });

/** A dataset definition as written by a data steward; unknown keys are refused so a typo cannot drop a guarantee. */
export const datasetDefinitionSchema = z
  .strictObject({
    definitionId: z.string().regex(/^[a-z][a-z0-9-]{2,62}$/, 'a lowercase slug of 3 to 63 characters'),
    title: z.string().trim().min(1).max(200),
    purpose: z.enum(['aiTraining', 'aiValidation']),
    sources: z.strictObject({ events: topics(eventSourceTopic).min(1), labels: topics(labelSourceTopic).default([]) }),
    filters: filters.prefault({}),
    quasiIdentifiers: z.array(z.enum(quasiIdentifiers)).min(1).refine(unique, rule('unique', 'lists a column twice')).default([...quasiIdentifiers]),
    sensitiveColumn: z.enum(['label', 'category', 'subCategory', 'severity']).default('subCategory'),
    k: z.int().min(2).max(10_000).default(5),
    l: z.int().min(1).max(100).default(2),
    maxSuppression: z.number().min(0).max(0.5).default(0.05),
    splits,
    formats: z.array(z.enum(['avro', 'parquet'])).min(1).refine(unique, rule('unique', 'lists a format twice')).default(['avro', 'parquet']),
    usage: z.strictObject({
      licence: z.string().trim().min(1).max(200),
      terms: z.string().trim().min(1).max(10_000),
      accessRights: z.enum(['restricted', 'non-public']),
    }),
    pseudonyms: z
      .enum(['drop', 'rekeyPerRelease'])
      .default('drop')
      .refine((p) => p === 'drop', rule('pseudonyms-dropped', 'a per-release pseudonym links the rows of one person and breaks k-anonymity per row; only drop is allowed')),
  })
  .refine((d) => d.l <= d.k, { ...rule('l-at-most-k', 'l cannot exceed k'), path: ['l'] })
  .refine((d) => d.sensitiveColumn !== 'label' || d.sources.labels.length > 0, {
    ...rule('needs-label-source', 'a label sensitive column needs at least one label source'),
    path: ['sensitiveColumn'],
  });
