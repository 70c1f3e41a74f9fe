import { HealthChecks } from './health-checks';
import { withTimeout } from './with-timeout';

const up = (key: string) => Promise.resolve({ [key]: { status: 'up' as const } });

describe('HealthChecks', () => {
  it('runs every registered indicator under its key', async () => {
    const checks = new HealthChecks();
    checks.register('kafka', { check: up });
    checks.register('database', { check: (key) => Promise.resolve({ [key]: { status: 'down' as const, message: 'refused' } }) });
    const results = await Promise.all(checks.indicatorFunctions().map((check) => check()));
    expect(results).toEqual([{ kafka: { status: 'up' } }, { database: { status: 'down', message: 'refused' } }]);
  });

  it('keeps the first indicator of a key: contexts of one node share their dependencies', () => {
    const checks = new HealthChecks();
    const first = { check: up };
    checks.register('kafka', first);
    checks.register('kafka', { check: up });
    expect(checks.keys()).toEqual(['kafka']);
  });
});

describe('withTimeout', () => {
  it('settles with the work when it is quick enough', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000, 'work')).resolves.toBe(7);
  });

  it('rejects naming the work once the timeout passed', async () => {
    await expect(withTimeout(new Promise(() => undefined), 5, 'describeCluster')).rejects.toThrow('describeCluster timed out after 5 ms');
  });
});

describe('HealthChecks liveness', () => {
  it('keeps liveness apart from readiness, so a dependency outage never restarts the process', async () => {
    const checks = new HealthChecks();
    checks.register('kafka', { check: (key) => Promise.resolve({ [key]: { status: 'down' as const } }) });
    checks.registerLiveness('eventLoop', { check: up });
    const live = await Promise.all(checks.livenessFunctions().map((check) => check()));
    expect(live).toEqual([{ eventLoop: { status: 'up' } }]);
    expect(checks.keys()).toEqual(['kafka']);
  });
});
