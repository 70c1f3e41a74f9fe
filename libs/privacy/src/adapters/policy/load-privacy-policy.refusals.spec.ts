import { readFileSync } from 'node:fs';
import { ValidationError } from '@usm/errors';
import { defaultPrivacyPolicyPath, privacyPolicyFromYaml } from './load-privacy-policy';

const env = { USM_PRIVACY_HMAC_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes' };
const defaultYaml = readFileSync(defaultPrivacyPolicyPath(), 'utf8');
const gate = { scrub: ['ko'], vocabulary: ['ko', 'de'] } as const;

const withDescription = (mode: string, languages: string) =>
  defaultYaml.replace(/^ {2}description: drop$/m, `  description: ${mode}`).replace(/^ {2}languages: \[\]$/m, `  languages: [${languages}]`);

async function violationsOf(yaml: string) {
  const error = await privacyPolicyFromYaml(yaml, env, undefined, gate).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect(error).toMatchObject({ code: 'PRIVACY.INVALID_POLICY' });
  return (error as ValidationError).violations.map(({ field, rule, message }) => ({ field, rule, message }));
}

describe('privacyPolicyFromYaml refusals', () => {
  it('loads a free-text mode for languages that passed its recall gate', async () => {
    const { policy } = await privacyPolicyFromYaml(withDescription('vocabulary', 'ko, de'), env, undefined, gate);
    expect(policy.fields.description).toBe('vocabulary');
    expect(policy.freeText.languages).toEqual(['ko', 'de']);
  });

  it('refuses a language whose recall gate has not passed, naming the language and the mode', async () => {
    expect(await violationsOf(withDescription('scrub', 'ko, de'))).toEqual([
      { field: 'freeText.languages', rule: 'recall-gate', message: 'language de has not passed the recall gate of description mode scrub' },
    ]);
  });

  it('refuses an unknown language', async () => {
    expect(await violationsOf(withDescription('vocabulary', 'ko, fr'))).toEqual([
      { field: 'freeText.languages.1', rule: 'invalid-value', message: expect.stringMatching(/unknown language/) },
    ]);
  });

  it('refuses a free-text mode without languages', async () => {
    expect(await violationsOf(withDescription('vocabulary', ''))).toMatchObject([{ field: 'freeText.languages', rule: 'languages-required' }]);
  });

  it.each([
    ['an invalid regular expression', 'pattern: "^(?:[1-9]|L|R|BUS)$"', 'pattern: "^([1-9]$"', 'attributes.trafficHazardDetector.lane.pattern', 'invalid-regex'],
    ['an unanchored pattern', 'pattern: "^(?:[1-9]|L|R|BUS)$"', 'pattern: "[1-9]"', 'attributes.trafficHazardDetector.lane.pattern', 'anchored-pattern'],
    ['a pattern that can backtrack exponentially', 'pattern: "^(?:[1-9]|L|R|BUS)$"', 'pattern: "^([0-9]+)+$"', 'attributes.trafficHazardDetector.lane.pattern', 'nested-quantifier'],
    ['a code longer than a code', 'maxLength: 3 }', 'maxLength: 200 }', 'attributes.trafficHazardDetector.lane.maxLength', 'too-big'],
    ['a number range upside down', 'speedKmh: { type: number, min: 0, max: 300', 'speedKmh: { type: number, min: 300, max: 0', 'attributes.trafficHazardDetector.speedKmh.max', 'min-not-above-max'],
    ['a free-string type', 'alarm: { type: boolean }', 'alarm: { type: string }', 'attributes.smokeSensor.alarm.type', 'invalid-union'],
    ['an unknown source kind', '  trafficHazardDetector:\n', '  radarGun:\n', 'attributes.radarGun', 'unknown-key'],
  ])('refuses %s in an attribute declaration', async (_, from, to, field, rule) => {
    expect(defaultYaml).toContain(from);
    const violations = await violationsOf(defaultYaml.replace(from, to));
    expect(violations.map((violation) => `${violation.field}:${violation.rule}`)).toContain(`${field}:${rule}`);
  });

  it('refuses the old attributes scrub action: no free-string attribute value crosses', async () => {
    expect(await violationsOf(defaultYaml.replace('  attributes: declared', '  attributes: scrub'))).toMatchObject([
      { field: 'fields.attributes', rule: 'action-not-allowed' },
    ]);
  });
});
