import { isValidSubCategory } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import { isValidCell } from 'h3-js';
import { taxonomyTerm } from '../taxonomy/child-commute-taxonomy';
import type { RuleSet } from './rule-set.model';
import { isKnownTimeZone } from './local-time';

const v = (field: string, rule: string, message: string): FieldViolation => ({ field, rule, message });

function duplicates(names: readonly string[], field: (i: number) => string, rule: string): FieldViolation[] {
  return names.flatMap((n, i) => (names.indexOf(n) !== i ? [v(field(i), rule, `${n} is defined twice`)] : []));
}

/** Rules a well-shaped rule set can still break: unknown terms, zones, buckets, cells and time zone. */
export function ruleSetReferenceViolations(ruleSet: RuleSet): FieldViolation[] {
  const found: FieldViolation[] = [];
  if (!isKnownTimeZone(ruleSet.timeZone)) found.push(v('timeZone', 'timeZone.iana', 'an IANA time zone such as Asia/Seoul'));
  ruleSet.timeBuckets.forEach((bucket, i) => {
    if (bucket.from >= bucket.to) found.push(v(`timeBuckets.${i}.to`, 'timeBucket.order', 'must be later than from'));
  });
  ruleSet.schoolZones.forEach((zone, i) =>
    zone.cells.forEach((cell, j) => {
      if (!isValidCell(cell)) found.push(v(`schoolZones.${i}.cells.${j}`, 'cell.h3', 'an H3 cell index'));
    }),
  );
  found.push(...duplicates(ruleSet.timeBuckets.map((b) => b.name), (i) => `timeBuckets.${i}.name`, 'timeBucket.unique'));
  found.push(...duplicates(ruleSet.schoolZones.map((z) => z.name), (i) => `schoolZones.${i}.name`, 'schoolZone.unique'));
  found.push(...duplicates(ruleSet.rules.map((r) => r.id), (i) => `rules.${i}.id`, 'rule.unique'));
  const buckets = ruleSet.timeBuckets.map((b) => b.name);
  ruleSet.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (taxonomyTerm(rule.label) === undefined) found.push(v(`${at}.label`, 'label.taxonomy', 'a term of the child-commute taxonomy'));
    const { category, subCategories, timeBuckets, inSchoolZone } = rule.when;
    if (subCategories !== undefined && category === undefined) found.push(v(`${at}.when.category`, 'subCategories.needCategory', 'sub-categories need their category'));
    subCategories?.forEach((sub, j) => {
      if (category !== undefined && !isValidSubCategory(category, sub)) found.push(v(`${at}.when.subCategories.${j}`, 'subCategory.fiware', `not a FIWARE ${category} subCategory`));
    });
    timeBuckets?.forEach((bucket, j) => {
      if (!buckets.includes(bucket)) found.push(v(`${at}.when.timeBuckets.${j}`, 'timeBucket.defined', 'a time bucket defined in timeBuckets'));
    });
    if (inSchoolZone !== undefined && ruleSet.schoolZones.length === 0) found.push(v(`${at}.when.inSchoolZone`, 'schoolZones.defined', 'the rule set defines no school zone'));
  });
  return found;
}
