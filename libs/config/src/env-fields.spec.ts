import { envFields } from './env-fields';

describe('envFields.healthTimeoutMs', () => {
  const field = envFields.healthTimeoutMs();

  it('waits 2 s for a dependency when HEALTH_TIMEOUT_MS is not set', () => {
    expect(field.parse(undefined)).toBe(2_000);
  });

  it('takes a whole number of milliseconds from 100 to 60,000', () => {
    expect(field.parse('100')).toBe(100);
    expect(field.parse('60000')).toBe(60_000);
  });

  it.each(['99', '60001', '1.5', 'soon'])('refuses %s', (value) => {
    expect(field.safeParse(value).success).toBe(false);
  });
});
