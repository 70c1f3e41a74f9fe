import type { FieldViolation } from '@usm/errors';
import { isValidPeriod } from '../reservation/period';
import type { ApplicationTerms } from './application.model';

const required = (value: string, field: string): FieldViolation[] =>
  value.trim() === '' ? [{ field, rule: `${field}.required`, message: 'must not be empty' }] : [];

/** Every rule the terms of an application break; empty when valid. */
export function applicationTermsViolations(terms: ApplicationTerms): FieldViolation[] {
  const found = [
    ...required(terms.applicationId, 'applicationId'),
    ...required(terms.companyId, 'companyId'),
    ...required(terms.solution.solutionId, 'solution.solutionId'),
    ...required(terms.solution.version, 'solution.version'),
  ];
  if (terms.siteIds.length === 0) found.push({ field: 'siteIds', rule: 'siteIds.nonEmpty', message: 'apply for at least one site' });
  if (new Set(terms.siteIds).size !== terms.siteIds.length) found.push({ field: 'siteIds', rule: 'siteIds.unique', message: 'a site is listed twice' });
  if (!isValidPeriod(terms.period)) found.push({ field: 'period', rule: 'period.endAfterStart', message: 'must be finite and end after it starts' });
  return found;
}
