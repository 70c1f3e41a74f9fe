import { ValidationError } from '@usm/errors';
import { parsePolicyYaml } from './parse-policy-yaml';

describe('parsePolicyYaml', () => {
  it('returns plain data, keeping versions as text', () => {
    expect(parsePolicyYaml('version: 2026-11-21.1\ngeneralisation:\n  h3Resolution: 9\n')).toEqual({
      version: '2026-11-21.1',
      generalisation: { h3Resolution: 9 },
    });
  });

  it.each([
    ['broken indentation', 'version: "1.0.0"\n  fields: [\n'],
    ['a duplicated key', 'version: "1.0.0"\nversion: "2.0.0"\n'],
  ])('refuses %s as PRIVACY.INVALID_POLICY with the line', (_, text) => {
    expect(() => parsePolicyYaml(text)).toThrow(ValidationError);
    expect(() => parsePolicyYaml(text)).toThrow(
      expect.objectContaining({ code: 'PRIVACY.INVALID_POLICY', violations: [expect.objectContaining({ field: 'policy', rule: 'yaml-syntax' })] }),
    );
  });
});
