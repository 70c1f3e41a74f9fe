import type { FieldViolation } from '@usm/errors';
import { parse } from 'yaml';
import { RuleSetError } from './rule-set.errors';
import type { RuleSet } from './rule-set.model';
import { ruleSetReferenceViolations } from './rule-set.references';
import { ruleSetSchema } from './rule-set.schema';

/**
 * Parses a rule-set YAML document. Shape errors name the field path and zod's rule (e.g. `version: too_small`);
 * reference errors name a domain rule (e.g. `label.taxonomy`). Everything wrong is reported at once.
 */
export function parseRuleSet(yamlText: string): RuleSet {
  let document: unknown;
  try {
    document = parse(yamlText, { prettyErrors: true });
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new RuleSetError([{ field: line === undefined ? 'document' : `line ${line}`, rule: 'yaml.syntax', message: (error as Error).message.split('\n')[0] ?? 'not YAML' }]);
  }
  const shaped = ruleSetSchema.safeParse(document);
  if (!shaped.success) {
    throw new RuleSetError(shaped.error.issues.map((issue): FieldViolation => ({ field: issue.path.join('.') || 'document', rule: issue.code, message: issue.message })));
  }
  const ruleSet: RuleSet = shaped.data;
  const references = ruleSetReferenceViolations(ruleSet);
  if (references.length > 0) throw new RuleSetError(references);
  return ruleSet;
}
