import { Registry } from 'prom-client';
import type { RuntimeState } from '../../application/ports';
import { PrometheusFederationMetrics } from './prometheus-federation-metrics';

const runtime = (restarts: number): RuntimeState => ({ status: 'running', pid: 1, startedAt: 0, exitCode: null, restarts, logFile: null });

async function restartsTotal(registry: Registry): Promise<number> {
  const metric = await registry.getSingleMetric('usm_federation_mirror_maker_restarts_total')?.get();
  return metric?.values[0]?.value ?? Number.NaN;
}

describe('PrometheusFederationMetrics MirrorMaker 2 restarts', () => {
  it('counts the restarts the runtime reports, each once however often it is sampled', async () => {
    const registry = new Registry();
    const metrics = new PrometheusFederationMetrics(registry);
    for (const restarts of [0, 2, 2, 3]) metrics.update([], [], runtime(restarts), {});
    expect(await restartsTotal(registry)).toBe(3);
  });

  it('never goes down: a runtime reporting fewer restarts (a new one) adds only what it reports next', async () => {
    const registry = new Registry();
    const metrics = new PrometheusFederationMetrics(registry);
    for (const restarts of [4, 0, 1]) metrics.update([], [], runtime(restarts), {});
    expect(await restartsTotal(registry)).toBe(5);
  });
});
