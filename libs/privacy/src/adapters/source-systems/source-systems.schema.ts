import { sourceKindSymbols } from '@usm/contracts';
import { z } from 'zod';
import { legalBases } from '../../domain/contract/safety-event-enums';

/** One registered system, or a family of `instances` identical installations named `<id>-1` … `<id>-<instances>`. */
const registeredSystem = z.strictObject({
  kind: z.enum(sourceKindSymbols),
  legalBases: z
    .array(z.enum(legalBases))
    .min(1, 'list at least one legal basis the system may claim')
    .refine((bases) => new Set(bases).size === bases.length, { message: 'a basis is listed twice', params: { rule: 'unique' } }),
  instances: z.int().min(1).max(10_000).optional(),
});

/** A city's source-system registry as written in YAML; unknown keys are refused so a typo cannot register anything. */
export const sourceSystemsSchema = z.strictObject({
  city: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase city id'),
  systems: z.record(z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, dot, dash or underscore, at most 100'), registeredSystem),
});

/** The registry document after validation. */
export type SourceSystemsDocument = z.output<typeof sourceSystemsSchema>;
