import { aSourceRecord } from '../spec-support/source-records';
import type { Chunk } from './chunk-batch';
import type { ChunkPipelineSteps, ChunkStage } from './chunk-pipeline';
import { ChunkDiscardedError, runChunkPipeline } from './chunk-pipeline';
import { planChunk } from './process-chunk';
import type { RecordPlan } from './record-plan';

function chunkOf(offsets: string[], nextOffset: string): Chunk {
  return { topic: 'raw', partition: 0, records: offsets.map((offset) => aSourceRecord({ topic: 'raw', partition: 0, offset })), nextOffset };
}

const chunks = [chunkOf(['0', '1'], '2'), chunkOf(['2', '3'], '4'), chunkOf(['4', '5'], '6')];

function planOf(offset: string): RecordPlan {
  return { source: aSourceRecord({ topic: 'raw', partition: 0, offset }), outcome: 'processed', messages: [{ topic: 'out', key: `k${offset}`, value: Buffer.from(offset), headers: {} }] };
}

/** A promise the test settles by hand, to hold a transaction with the broker while the next chunk plans. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = (): void => undefined;
  let reject = (_error: Error): void => undefined;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Steps that log every event; planning one record takes one macrotask turn, so it interleaves with a pending commit. */
function recordingSteps(options: { commits?: Map<string, Promise<void>>; mayCommit?: () => boolean; planFails?: string } = {}) {
  const log: string[] = [];
  const sent: string[][] = [];
  const failures: { offset: string; stage: ChunkStage; error: unknown }[] = [];
  const steps: ChunkPipelineSteps = {
    plan: (chunk, discarded) =>
      planChunk(
        chunk,
        {
          plan: async (record) => {
            await new Promise((resolve) => setImmediate(resolve));
            if (record.offset === options.planFails) throw new Error('registry down');
            log.push(`plan ${record.offset}`);
            return planOf(record.offset);
          },
          heartbeat: async () => undefined,
        },
        discarded,
      ),
    commit: async (chunk, plans) => {
      log.push(`begin ${chunk.nextOffset}`);
      sent.push(plans.map((plan) => plan.source.offset));
      await (options.commits?.get(chunk.nextOffset) ?? Promise.resolve());
      log.push(`commit ${chunk.nextOffset}`);
    },
    mayCommit: options.mayCommit ?? (() => true),
    committed: (chunk) => void log.push(`committed ${chunk.nextOffset}`),
    failed: (chunk, error, stage) => {
      failures.push({ offset: chunk.records[0]?.offset ?? chunk.nextOffset, stage, error });
      return error instanceof Error ? error : new Error(String(error));
    },
  };
  return { steps, log, sent, failures };
}

describe('runChunkPipeline', () => {
  it('commits chunks in order, each with its own plans, and plans the next chunk while a transaction is with the broker', async () => {
    const held = deferred();
    const { steps, log, sent } = recordingSteps({ commits: new Map([['2', held.promise]]) });
    const running = runChunkPipeline(chunks, steps);
    // Let chunk 1 plan while chunk 0's transaction waits on the broker.
    while (!log.includes('plan 3')) await new Promise((resolve) => setImmediate(resolve));
    held.resolve();
    await running;
    expect(sent).toEqual([['0', '1'], ['2', '3'], ['4', '5']]);
    expect(log.indexOf('plan 2')).toBeGreaterThan(log.indexOf('begin 2'));
    expect(log.indexOf('plan 3')).toBeLessThan(log.indexOf('commit 2'));
    // A transaction opens only after the one before it committed.
    expect(log.indexOf('begin 4')).toBeGreaterThan(log.indexOf('committed 2'));
    expect(log.indexOf('begin 6')).toBeGreaterThan(log.indexOf('committed 4'));
    expect(log.filter((entry) => entry.startsWith('committed'))).toEqual(['committed 2', 'committed 4', 'committed 6']);
  });

  it('discards the chunk planned ahead when the transaction before it fails: it is never sent, and its planning stops', async () => {
    const held = deferred();
    const { steps, log, sent, failures } = recordingSteps({ commits: new Map([['2', held.promise]]) });
    const running = runChunkPipeline([chunkOf(['0', '1'], '2'), chunkOf(['2', '3', '4', '5', '6'], '7'), chunkOf(['7'], '8')], steps);
    while (!log.includes('plan 2')) await new Promise((resolve) => setImmediate(resolve));
    held.reject(new Error('coordinator gone'));
    await expect(running).rejects.toThrow('coordinator gone');
    const atRejection = [...log];
    for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([['0', '1']]);
    expect(log).not.toContain('committed 2');
    expect(log.some((entry) => entry.startsWith('begin') && entry !== 'begin 2')).toBe(false);
    // Planning stopped within one record of the failure, and before the batch rejected: nothing runs after it.
    expect(log).not.toContain('plan 5');
    expect(log).toEqual(atRejection);
    expect(failures).toEqual([{ offset: '0', stage: 'transaction', error: new Error('coordinator gone') }]);
  });

  it('treats a failure after a commit (an afterCommit effect) as the chunk failing, and discards what was planned ahead', async () => {
    const { steps, sent, failures } = recordingSteps();
    const throwing = { ...steps, committed: () => { throw new Error('counter broke'); } };
    await expect(runChunkPipeline(chunks, throwing)).rejects.toThrow('counter broke');
    expect(sent).toEqual([['0', '1']]);
    expect(failures.map(({ offset, stage }) => ({ offset, stage }))).toEqual([{ offset: '0', stage: 'transaction' }]);
  });

  it('never reports the discard itself as the failure', async () => {
    const { steps, failures } = recordingSteps({ commits: new Map([['2', Promise.reject(new Error('fenced'))]]) });
    await expect(runChunkPipeline(chunks, steps)).rejects.toThrow('fenced');
    expect(failures.some(({ error }) => error instanceof ChunkDiscardedError)).toBe(false);
  });

  it('commits the chunks before one whose planning failed, then rejects naming that chunk, before any transaction of it', async () => {
    const { steps, log, sent, failures } = recordingSteps({ planFails: '3' });
    await expect(runChunkPipeline(chunks, steps)).rejects.toThrow('registry down');
    expect(sent).toEqual([['0', '1']]);
    expect(log).toContain('committed 2');
    expect(log).not.toContain('begin 4');
    expect(failures.map(({ offset, stage }) => ({ offset, stage }))).toEqual([{ offset: '2', stage: 'plan' }]);
  });

  it('commits nothing more once the batch may not commit, dropping what was planned ahead', async () => {
    let commits = 0;
    const { steps, sent } = recordingSteps({ mayCommit: () => commits < 1 });
    const counting = { ...steps, committed: (chunk: Chunk, plans: readonly RecordPlan[]) => ((commits += 1), steps.committed(chunk, plans)) };
    await runChunkPipeline(chunks, counting);
    expect(sent).toEqual([['0', '1']]);
  });

  it('does nothing for an empty batch or a batch that may not commit', async () => {
    const { steps, log } = recordingSteps({ mayCommit: () => false });
    await runChunkPipeline(chunks, steps);
    await runChunkPipeline([], recordingSteps().steps);
    expect(log).toEqual([]);
  });
});
