import { alertCategories, alertSeverities } from '@usm/contracts';
import { z } from 'zod';
import { idTokenMessage, idTokenPattern, versionTokenMessage, versionTokenPattern } from '../label/label-tokens';
import { weekdays } from './rule-set.model';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a local time HH:MM');
const name = z.string().min(1);

/** The shape of a rule-set YAML document; cross-references are checked after (rule-set.references.ts). */
export const ruleSetSchema = z.strictObject({
  ruleSet: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  version: z.number().int().min(1),
  city: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase city id'),
  // The guideline version and rule ids go into every rule label on the shareable topic: closed formats, no free text.
  guidelineVersion: z.string().regex(versionTokenPattern, versionTokenMessage),
  timeZone: name,
  timeBuckets: z.array(z.strictObject({ name, days: z.array(z.enum(weekdays)).min(1), from: clock, to: clock })).default([]),
  schoolZones: z.array(z.strictObject({ name, cells: z.array(z.string()).min(1) })).default([]),
  rules: z
    .array(
      z.strictObject({
        id: z.string().regex(idTokenPattern, idTokenMessage),
        label: name,
        confidence: z.number().min(0).max(1),
        when: z
          .strictObject({
            category: z.enum(alertCategories).optional(),
            subCategories: z.array(name).min(1).optional(),
            timeBuckets: z.array(name).min(1).optional(),
            inSchoolZone: z.boolean().optional(),
            minSeverity: z.enum(alertSeverities).optional(),
          })
          .default({}),
      }),
    )
    .min(1),
});
