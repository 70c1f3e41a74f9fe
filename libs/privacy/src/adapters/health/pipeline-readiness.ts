import type { ProcessorState, StuckPartition } from '@usm/messaging';

/** What readiness reads from the running pipeline. */
export interface PipelineView {
  state(): ProcessorState;
  stuckPartitions(): StuckPartition[];
  readonly quarantineRate: { snapshot(): { readonly guarded: number; readonly quarantined: number; readonly rate: number; readonly tooHigh: boolean } };
}

/** The readiness verdict of the stream and the facts behind it (counts and partitions, never records). */
export function pipelineReadiness(pipeline: PipelineView): { readonly up: boolean; readonly details: Record<string, unknown> } {
  const state = pipeline.state();
  const stuck = pipeline.stuckPartitions();
  const { guarded, quarantined, tooHigh } = pipeline.quarantineRate.snapshot();
  const up = state === 'running' && stuck.length === 0 && !tooHigh;
  return { up, details: { state, stuckPartitions: stuck, quarantine: { guarded, quarantined, overThreshold: tooHigh } } };
}
