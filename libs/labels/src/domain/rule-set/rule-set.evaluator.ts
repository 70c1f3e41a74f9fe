import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { alertSeverities } from '@usm/contracts';
import type { Label } from '../label/label.model';
import { localWeekdayAndTime } from './local-time';
import type { LabelRule, RuleSet } from './rule-set.model';
import { inSchoolZone } from './school-zone-cells';

/** The fields of an anonymised event the rules look at. */
export type LabellableEvent = Pick<
  AnonymisedSafetyEvent,
  'eventId' | 'city' | 'category' | 'subCategory' | 'severity' | 'occurredAtBucketStart' | 'h3Cell' | 'h3Resolution'
>;

/** A rule label before it gets its id from the id port; `ruleId` says which rule fired. */
export type RuleLabelDraft = Omit<Label, 'labelId'> & { readonly ruleId: string };

function ruleMatches(ruleSet: RuleSet, rule: LabelRule, event: LabellableEvent): boolean {
  const { category, subCategories, timeBuckets, inSchoolZone: wantsZone, minSeverity } = rule.when;
  if (category !== undefined && event.category !== category) return false;
  if (subCategories !== undefined && !subCategories.includes(event.subCategory)) return false;
  if (minSeverity !== undefined && alertSeverities.indexOf(event.severity) < alertSeverities.indexOf(minSeverity)) return false;
  if (wantsZone !== undefined && inSchoolZone(ruleSet.schoolZones, event.h3Cell, event.h3Resolution) !== wantsZone) return false;
  if (timeBuckets !== undefined) {
    // The exact time is generalised away: the bucket's start, read in the city's zone, decides.
    const { weekday, time } = localWeekdayAndTime(event.occurredAtBucketStart, ruleSet.timeZone);
    const buckets = ruleSet.timeBuckets.filter((bucket) => timeBuckets.includes(bucket.name));
    if (!buckets.some((bucket) => bucket.days.includes(weekday) && time >= bucket.from && time < bucket.to)) return false;
  }
  return true;
}

/**
 * The labels a rule set gives an event: one per distinct label, from the first rule giving it the highest
 * confidence, in rule order. Provenance names the rule set and its version; `labelledAt` comes from the caller.
 */
export function evaluateRuleSet(ruleSet: RuleSet, event: LabellableEvent, labelledAt: number): RuleLabelDraft[] {
  const best = new Map<string, LabelRule>();
  for (const rule of ruleSet.rules) {
    if (!ruleMatches(ruleSet, rule, event)) continue;
    const held = best.get(rule.label);
    if (held === undefined || rule.confidence > held.confidence) best.set(rule.label, rule);
  }
  return [...best.values()].map((rule) => ({
    eventId: event.eventId,
    city: event.city,
    label: rule.label,
    ruleId: rule.id,
    provenance: {
      labellerKind: 'rule',
      labellerId: ruleSet.ruleSet,
      labellerVersion: String(ruleSet.version),
      confidence: rule.confidence,
      guidelineVersion: ruleSet.guidelineVersion,
      labelledAt,
    },
  }));
}
