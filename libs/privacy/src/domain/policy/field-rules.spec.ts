import { rawEventPrivacyTags } from '../../testing/test-privacy-policy';
import type { FieldAction } from './field-actions';
import type { FieldRule } from './field-rules';
import { fieldRules, isFieldPath } from './field-rules';

const tags = rawEventPrivacyTags();
const rules = Object.entries(fieldRules) as Array<[string, FieldRule<FieldAction>]>;

describe('fieldRules', () => {
  it('has a rule for every privacy-tagged field of RawSafetyEvent, and no other', () => {
    expect(rules.map(([path]) => path).sort()).toEqual(tags.map((tag) => tag.path).sort());
  });

  it('gives no default to direct fields, so a policy must choose', () => {
    for (const tag of tags.filter((field) => field.tag === 'direct')) {
      expect(isFieldPath(tag.path) && fieldRules[tag.path].default).toBeFalsy();
    }
  });

  it.each(rules)('allows the default and the safest action of %s', (_, rule) => {
    expect(rule.allowed).toContain(rule.safest);
    if (rule.default) expect(rule.allowed).toContain(rule.default);
  });

  it('always removes media links and device ids', () => {
    expect(fieldRules.mediaLinks.allowed).toEqual(['drop']);
    expect(fieldRules.deviceId.allowed).toEqual(['drop']);
  });
});
