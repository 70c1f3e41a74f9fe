import type { PipelineView } from './pipeline-readiness';
import { pipelineReadiness } from './pipeline-readiness';

function view(overrides: Partial<{ state: ReturnType<PipelineView['state']>; stuck: ReturnType<PipelineView['stuckPartitions']>; tooHigh: boolean }> = {}): PipelineView {
  return {
    state: () => overrides.state ?? 'running',
    stuckPartitions: () => overrides.stuck ?? [],
    quarantineRate: { snapshot: () => ({ guarded: 40, quarantined: overrides.tooHigh ? 10 : 0, rate: overrides.tooHigh ? 0.25 : 0, tooHigh: overrides.tooHigh ?? false }) },
  };
}

describe('pipelineReadiness', () => {
  it('is ready while the stream runs, no partition is stuck and few records are quarantined', () => {
    expect(pipelineReadiness(view())).toMatchObject({ up: true, details: { state: 'running', stuckPartitions: [] } });
  });

  it.each([
    ['the processor stopped', view({ state: 'failed' })],
    ['a partition keeps aborting its chunks', view({ stuck: [{ topic: 'raw', partition: 1, failedChunks: 3 }] })],
    ['the quarantine rate is over its threshold', view({ tooHigh: true })],
  ])('is not ready when %s', (_why, pipeline) => {
    expect(pipelineReadiness(pipeline).up).toBe(false);
  });
});
