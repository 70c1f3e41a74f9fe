import { isPolicyVersion } from './policy-version';

describe('isPolicyVersion', () => {
  it.each(['2026-11-21.1', '2026-02-29.3', '0.1.0', '1.2.3', '10.20.30-beta.2', '1.0.0+sha.5114f85'])('accepts %s', (version) => {
    expect(isPolicyVersion(version)).toBe(true);
  });

  it.each(['', '2026-11-21', '2026-11-21.0', '2026-00-10.1', '2026-11-32.1', '1.2', '01.2.3', 'v1.2.3', 'latest'])('refuses %j', (version) => {
    expect(isPolicyVersion(version)).toBe(false);
  });
});
