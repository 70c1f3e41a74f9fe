import type { Chunk } from './chunk-batch';
import type { RecordPlan } from './record-plan';

/** Where a chunk failed: while it was planned (no transaction yet), or in its transaction. */
export type ChunkStage = 'plan' | 'transaction';

/** The steps of a batch's chunks, so the overlap and its discard rules are testable with fakes. */
export interface ChunkPipelineSteps {
  /** Decodes, transforms and encodes a chunk outside any transaction; rejects with `ChunkDiscardedError` once `discarded()` is true. */
  plan(chunk: Chunk, discarded: () => boolean): Promise<RecordPlan[]>;
  /** Sends the chunk's plans and its next offset in one transaction and commits it; aborts and rejects otherwise. */
  commit(chunk: Chunk, plans: readonly RecordPlan[]): Promise<void>;
  /** Whether the batch may still commit (the consumer runs and the batch is not stale). */
  mayCommit(): boolean;
  /** Runs once a chunk's transaction committed, in chunk order. */
  committed(chunk: Chunk, plans: readonly RecordPlan[]): void;
  /** Turns a chunk's failure into the error the batch rejects with (and does the bookkeeping). */
  failed(chunk: Chunk, error: unknown, stage: ChunkStage): Error;
}

/** A chunk planned ahead whose predecessor's transaction did not commit: its plans are thrown away, never sent. */
export class ChunkDiscardedError extends Error {
  override readonly name = 'ChunkDiscardedError';

  constructor() {
    super('the chunk was planned ahead of a transaction that did not commit; it is read again');
  }
}

/**
 * Commits a batch's chunks in order, one transaction each, and plans chunk N+1 while chunk N's transaction
 * is with the broker (sending, offsets, EndTxn are network waits), so CPU work and broker round trips overlap.
 * Only planning runs ahead, never a transaction: chunk N+1's outputs go into the transaction that commits
 * chunk N+1's offsets, opened only after chunk N committed. When chunk N's transaction fails, the plans of
 * N+1 are discarded (planning stops at its next record) and the batch rejects; the partition is then read
 * again from the committed offset, so nothing planned ahead leaks. Returns early, committing nothing more,
 * once `mayCommit` is false.
 */
export async function runChunkPipeline(chunks: readonly Chunk[], steps: ChunkPipelineSteps): Promise<void> {
  const first = chunks[0];
  if (!first || !steps.mayCommit()) return;
  let ahead = planAhead(first, steps);
  for (let index = 0; index < chunks.length; index += 1) {
    const chunk = chunks[index] as Chunk;
    const planned = await ahead.result;
    if (!planned.ok) throw steps.failed(chunk, planned.error, 'plan');
    if (!steps.mayCommit()) return;
    const commit = settle(steps.commit(chunk, planned.plans));
    const next = chunks[index + 1];
    ahead = next ? planAhead(next, steps) : idle;
    const committed = await commit;
    // Bookkeeping after the commit counts as part of the chunk, as it always did: if it throws, the partition
    // is read again from the committed offset, which is past this chunk, so nothing is processed twice.
    const failure = committed.ok ? afterCommit(steps, chunk, planned.plans) : committed;
    if (failure) {
      ahead.discard();
      // Wait for the discarded planning to stop, so nothing of this batch runs after it rejected.
      await ahead.result;
      throw steps.failed(chunk, failure.error, 'transaction');
    }
  }
}

function afterCommit(steps: ChunkPipelineSteps, chunk: Chunk, plans: readonly RecordPlan[]): { readonly error: unknown } | undefined {
  try {
    steps.committed(chunk, plans);
    return undefined;
  } catch (error) {
    return { error };
  }
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

interface Ahead {
  readonly result: Promise<{ readonly ok: true; readonly plans: RecordPlan[] } | { readonly ok: false; readonly error: unknown }>;
  discard(): void;
}

const idle: Ahead = { result: Promise.resolve({ ok: true, plans: [] }), discard: () => undefined };

function planAhead(chunk: Chunk, steps: ChunkPipelineSteps): Ahead {
  let discarded = false;
  const result = settle(steps.plan(chunk, () => discarded)).then((settled) => (settled.ok ? { ok: true as const, plans: settled.value } : settled));
  return { result, discard: () => void (discarded = true) };
}

/** A promise that never rejects, so work running ahead cannot become an unhandled rejection while we wait on another. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
