import { testPrivacyPolicy, defaultPolicyDocument } from '../../testing/test-privacy-policy';
import type { PrivacyPolicy } from '../policy/privacy-policy';
import type { Pseudonymiser } from './pseudonymiser';
import { reporterPseudonymOf } from './reporter-pseudonym';

const reveal: Pseudonymiser = (value, purpose) => `${purpose}(${value})`;
const policy = testPrivacyPolicy();
const withFields = (fields: Record<string, string>, pseudonymisation: Record<string, unknown> = {}): PrivacyPolicy => {
  const document = defaultPolicyDocument();
  return testPrivacyPolicy({
    ...document,
    fields: { ...(document['fields'] as object), ...fields },
    pseudonymisation: { ...(document['pseudonymisation'] as object), ...pseudonymisation },
  });
};
const reporter = { name: 'Hans Müller', phone: '+49 40 1234567', email: 'Hans@Example.com' };

describe('reporterPseudonymOf', () => {
  it('is null without a reporter', () => {
    expect(reporterPseudonymOf(null, policy, reveal)).toBeNull();
  });

  it('pseudonymises the phone number first', () => {
    expect(reporterPseudonymOf(reporter, policy, reveal)).toBe('reporter(tel:+49401234567)');
  });

  it('falls back to the e-mail, then the name', () => {
    expect(reporterPseudonymOf({ ...reporter, phone: null }, policy, reveal)).toBe('reporter(mailto:hans@example.com)');
    expect(reporterPseudonymOf({ ...reporter, phone: ' ', email: null }, policy, reveal)).toBe('reporter(name:hans müller)');
  });

  it('skips contacts the policy drops', () => {
    const dropsPhone = withFields({ 'reporter.phone': 'drop' });
    expect(reporterPseudonymOf(reporter, dropsPhone, reveal)).toBe('reporter(mailto:hans@example.com)');
  });

  it('is null when the policy drops every contact', () => {
    const dropsAll = withFields({ 'reporter.phone': 'drop', 'reporter.email': 'drop', 'reporter.name': 'drop' });
    expect(reporterPseudonymOf(reporter, dropsAll, reveal)).toBeNull();
  });

  it('is null for a reporter without any contact', () => {
    expect(reporterPseudonymOf({ name: null, phone: null, email: null }, policy, reveal)).toBeNull();
  });

  it('gives one pseudonym to national and international spellings when the calling code is set', () => {
    const korean = withFields({}, { phoneCountryCode: '82' });
    const national = reporterPseudonymOf({ ...reporter, phone: '010-1234-5678' }, korean, reveal);
    const international = reporterPseudonymOf({ ...reporter, phone: '+82 10 1234 5678' }, korean, reveal);
    expect(national).toBe(international);
  });
});
