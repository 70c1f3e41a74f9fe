import { ValidationError } from '@usm/errors';
import { defaultPolicyDocument, rawEventPrivacyTags } from '../../testing/test-privacy-policy';
import { validatePrivacyPolicy } from './validate-privacy-policy';

const tags = rawEventPrivacyTags();
const directPaths = tags.filter((tag) => tag.tag === 'direct').map((tag) => tag.path);

const withFields = (change: (fields: Record<string, unknown>) => void) => {
  const document = defaultPolicyDocument();
  const fields = { ...(document['fields'] as Record<string, unknown>) };
  change(fields);
  return { ...document, fields };
};

function violationsFor(document: unknown) {
  try {
    validatePrivacyPolicy(document, tags);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map(({ field, rule }) => ({ field, rule }));
    throw error;
  }
  throw new Error('the policy was accepted');
}

describe('validatePrivacyPolicy fields', () => {
  it('knows the direct fields of RawSafetyEvent from the schema', () => {
    expect(directPaths).toEqual(
      expect.arrayContaining(['description', 'reporter.name', 'reporter.phone', 'reporter.email', 'vehiclePlates', 'mediaLinks', 'deviceId']),
    );
  });

  it.each(directPaths)('refuses a policy that leaves direct field %s unhandled, naming it', (path) => {
    const document = withFields((fields) => delete fields[path]);
    expect(violationsFor(document)).toContainEqual({ field: `fields.${path}`, rule: 'direct-field-unhandled' });
  });

  it('gives quasi fields their generalisation when the policy is silent', () => {
    const policy = validatePrivacyPolicy(defaultPolicyDocument(), tags);
    expect(policy.fields).toMatchObject({
      occurredAt: 'timeBucket',
      location: 'h3Cell',
      'address.streetAddress': 'drop',
      'address.postalCode': 'drop',
      subjectAge: 'ageBand',
      attributes: 'declared',
    });
  });

  it('keeps the actions a policy chooses', () => {
    const document = withFields((fields) => Object.assign(fields, { description: 'drop', vehiclePlates: 'drop', subjectAge: 'drop', attributes: 'drop' }));
    expect(validatePrivacyPolicy(document, tags).fields).toMatchObject({ description: 'drop', vehiclePlates: 'drop', subjectAge: 'drop', attributes: 'drop' });
  });

  it.each([
    ['media links', 'mediaLinks', 'pseudonymise'],
    ['a device id', 'deviceId', 'pseudonymise'],
    ['the time', 'occurredAt', 'drop'],
    ['the location', 'location', 'drop'],
    ['the street address', 'address.streetAddress', 'scrub'],
    ['the age', 'subjectAge', 'h3Cell'],
    ['the description', 'description', 'pseudonymise'],
    ['a phone number', 'reporter.phone', 'scrub'],
  ])('refuses an action %s does not allow', (_, path, action) => {
    expect(violationsFor(withFields((fields) => (fields[path] = action)))).toContainEqual({ field: `fields.${path}`, rule: 'action-not-allowed' });
  });

  it('refuses an action nobody knows', () => {
    expect(violationsFor(withFields((fields) => (fields['reporter.phone'] = 'hash')))).toContainEqual({
      field: 'fields.reporter.phone',
      rule: 'invalid-value',
    });
  });

  it.each([
    ['a misspelt field', 'reporter.phon'],
    ['a field without a privacy tag', 'address.district'],
    ['a field the schema does not have', 'licence'],
  ])('refuses %s', (_, path) => {
    expect(violationsFor(withFields((fields) => (fields[path] = 'drop')))).toContainEqual({ field: `fields.${path}`, rule: 'unknown-field' });
  });

  it('refuses a schema that tags a field the anonymiser has no rule for', () => {
    const newTags = [...tags, { path: 'reporter.licenceNumber', tag: 'direct' as const }];
    expect(() => validatePrivacyPolicy(defaultPolicyDocument(), newTags)).toThrow(
      expect.objectContaining({ violations: expect.arrayContaining([expect.objectContaining({ field: 'fields.reporter.licenceNumber', rule: 'no-anonymiser-rule' })]) }),
    );
  });

  it('gives a field the schema no longer tags its most protective action', () => {
    const fewerTags = tags.filter((tag) => tag.path !== 'subjectAge' && tag.path !== 'vehiclePlates');
    const document = withFields((fields) => delete fields['vehiclePlates']);
    expect(validatePrivacyPolicy(document, fewerTags).fields).toMatchObject({ subjectAge: 'drop', vehiclePlates: 'drop' });
  });

  it('reports field and setting violations together', () => {
    const document = { ...withFields((fields) => delete fields['deviceId']), version: 'latest' };
    expect(violationsFor(document)).toEqual(
      expect.arrayContaining([
        { field: 'version', rule: 'policy-version' },
        { field: 'fields.deviceId', rule: 'direct-field-unhandled' },
      ]),
    );
  });
});
