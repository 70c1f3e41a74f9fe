import type { TopicMessages } from 'kafkajs';
import { aSourceRecord } from '../spec-support/source-records';
import type { Chunk } from './chunk-batch';
import type { ChunkSteps, ChunkTransaction } from './process-chunk';
import { processChunk } from './process-chunk';
import type { RecordPlan } from './record-plan';

const chunk: Chunk = { topic: 'raw', partition: 1, records: ['5', '6', '7'].map((offset) => aSourceRecord({ topic: 'raw', partition: 1, offset })), nextOffset: '8' };

function plansBy(offset: string): RecordPlan {
  const source = aSourceRecord({ topic: 'raw', partition: 1, offset });
  if (offset === '6') return { source, outcome: 'deadLettered', deadLetterCode: 'X', messages: [{ topic: 'raw.dlq', key: 'k6', value: null, headers: {} }] };
  if (offset === '7') return { source, outcome: 'skipped', messages: [] };
  return { source, outcome: 'processed', messages: [{ topic: 'out', key: `k${offset}`, value: Buffer.from('v'), headers: {} }] };
}

function recordingSteps(failAt?: string) {
  const calls: string[] = [];
  const sent: TopicMessages[][] = [];
  const transaction: ChunkTransaction = {
    send: async (topicMessages) => void (sent.push(topicMessages), calls.push('send')),
    sendOffsets: async (topic, partition, offset) => {
      calls.push(`sendOffsets ${topic}/${partition}@${offset}`);
      if (failAt === 'sendOffsets') throw new Error('coordinator gone');
    },
  };
  const steps: ChunkSteps = {
    plan: async (record) => (calls.push(`plan ${record.offset}`), plansBy(record.offset)),
    heartbeat: async () => void calls.push('heartbeat'),
    inTransaction: async (work) => {
      calls.push('begin');
      try {
        await work(transaction);
      } catch (error) {
        calls.push('abort');
        throw error;
      }
      calls.push('commit');
    },
  };
  return { steps, calls, sent };
}

describe('processChunk', () => {
  it('plans every record first, then sends outputs, dead letters and the next offset in one transaction', async () => {
    const { steps, calls, sent } = recordingSteps();
    const plans = await processChunk(chunk, steps);
    expect(plans.map((p) => p.outcome)).toEqual(['processed', 'deadLettered', 'skipped']);
    expect(calls).toEqual(['plan 5', 'heartbeat', 'plan 6', 'heartbeat', 'plan 7', 'heartbeat', 'begin', 'send', 'heartbeat', 'sendOffsets raw/1@8', 'commit']);
    expect(sent).toEqual([[
      { topic: 'out', messages: [{ key: 'k5', value: Buffer.from('v'), headers: {} }] },
      { topic: 'raw.dlq', messages: [{ key: 'k6', value: null, headers: {} }] },
    ]]);
  });

  it('commits only the offsets of a chunk whose records produce nothing', async () => {
    const { steps, calls } = recordingSteps();
    await processChunk({ ...chunk, records: [aSourceRecord({ topic: 'raw', partition: 1, offset: '7' })] }, steps);
    expect(calls.slice(-4)).toEqual(['begin', 'heartbeat', 'sendOffsets raw/1@8', 'commit']);
  });

  it('aborts and rejects when the offsets cannot join the transaction', async () => {
    const { steps, calls } = recordingSteps('sendOffsets');
    await expect(processChunk(chunk, steps)).rejects.toThrow('coordinator gone');
    expect(calls.at(-1)).toBe('abort');
    expect(calls).not.toContain('commit');
  });

  it('opens no transaction when planning fails', async () => {
    const { steps, calls } = recordingSteps();
    await expect(processChunk(chunk, { ...steps, plan: () => Promise.reject(new Error('registry down')) })).rejects.toThrow('registry down');
    expect(calls).not.toContain('begin');
  });

  it('aborts when the group rebalances before the offsets go in', async () => {
    const { steps, calls } = recordingSteps();
    let beats = 0;
    const rebalancing = { ...steps, heartbeat: async () => { if (++beats === 4) throw Object.assign(new Error('rebalancing'), { type: 'REBALANCE_IN_PROGRESS' }); } };
    await expect(processChunk(chunk, rebalancing)).rejects.toThrow('rebalancing');
    expect(calls).toContain('abort');
    expect(calls.some((call) => call.startsWith('sendOffsets'))).toBe(false);
  });
});
