import { Registry } from 'prom-client';
import { TransactionalMetrics } from './transactional-metrics';

describe('TransactionalMetrics', () => {
  it("counts a committed chunk's outcomes and dead letters by code, as many as its records", async () => {
    const registry = new Registry();
    const metrics = new TransactionalMetrics(registry);
    metrics.chunkOutcomes('raw', [{ outcome: 'processed' }, { outcome: 'skipped' }, { outcome: 'processed' }, { outcome: 'deadLettered', deadLetterCode: 'MESSAGING.SCHEMA_MISMATCH' }, { outcome: 'deadLettered', deadLetterCode: 'PRIVACY.INVALID_EVENT' }]);
    metrics.chunkOutcomes('raw', [{ outcome: 'processed' }, { outcome: 'deadLettered', deadLetterCode: 'PRIVACY.INVALID_EVENT' }]);
    expect(await metrics.countOf('raw', 'processed')).toBe(3);
    expect(await metrics.countOf('raw', 'skipped')).toBe(1);
    expect(await metrics.countOf('raw', 'deadLettered')).toBe(3);
    const deadLetters = (await registry.getSingleMetric('usm_messaging_dead_letters_total')?.get())?.values ?? [];
    expect(Object.fromEntries(deadLetters.map((sample) => [sample.labels['code'], sample.value]))).toEqual({ 'MESSAGING.SCHEMA_MISMATCH': 1, 'PRIVACY.INVALID_EVENT': 2 });
  });
});
