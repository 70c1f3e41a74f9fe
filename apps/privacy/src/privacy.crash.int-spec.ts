import { randomBytes } from 'node:crypto';
import type { RawSafetyEvent } from '@usm/privacy';
import { generateIdentifierCorpus, generateRawEvents, seededRandom } from '@usm/privacy/testing';
import { DeadLetterHeader } from '@usm/messaging';
import { waitFor } from '@usm/testing';
import { PrivacyProcess } from './spec-support/privacy-process';
import { PrivacyTopics } from './spec-support/privacy-topics';
import { readTopic } from './spec-support/read-topic';
import { freePort, serviceEnv } from './spec-support/service-env';

const seed = 4242;
const total = 3_000;
const kills = 6;
// Every event may be shared (an Incheon CCTV registered for pseudonymised research), so every input id must come out exactly once.
const registeredSource = { systemId: 'cctv-incheon-017', kind: 'cctvAnalytics', legalBasis: 'pseudonymisedResearch' } as const;
const events: RawSafetyEvent[] = generateRawEvents(seed, total, generateIdentifierCorpus(seed, 20)).map((event) => ({ ...event, city: 'incheon', source: registeredSource }));

interface Kill {
  readonly atMs: number;
  readonly committedAtKill: number;
  readonly restartMs: number;
}

describe('privacy service: exactly once across crashes', () => {
  const topics = new PrivacyTopics();

  beforeAll(() => topics.open(), 60_000);
  afterAll(() => topics.close(), 60_000);

  it(`emits each of ${total} events exactly once although SIGKILLed ${kills} times mid-stream`, async () => {
    const env = serviceEnv(topics, randomBytes(32).toString('base64url'), await freePort(), { PRIVACY_MAX_CHUNK_RECORDS: '25' });
    const groupId = env.PRIVACY_GROUP_ID as string;
    const committed = async () => [...(await topics.committedOffsets(groupId)).values()].reduce((sum, offset) => sum + Math.max(0, Number(offset)), 0);
    const service = new PrivacyProcess(env);
    const random = seededRandom(seed);
    const slices = Array.from({ length: kills + 1 }, (_, i) => events.slice(Math.floor((i * total) / (kills + 1)), Math.floor(((i + 1) * total) / (kills + 1))));
    const started = Date.now();
    const log: Kill[] = [];
    await service.start();

    for (const slice of slices.slice(0, kills)) {
      const before = await committed();
      const feeding = produceInBatches(topics, slice);
      // A random moment while records still flow: once a random share of this slice is committed, plus a random pause.
      const threshold = before + random.int(Math.floor(slice.length / 4), slice.length - 10);
      await waitFor(async () => (await committed()) >= threshold, { timeoutMs: 60_000, intervalMs: 10, description: `progress to ${threshold} before a kill` });
      await new Promise((resolve) => setTimeout(resolve, random.int(0, 150)));
      const committedAtKill = await committed();
      await service.kill('SIGKILL');
      const atMs = Date.now() - started;
      await feeding;
      const restartAt = Date.now();
      await service.start();
      log.push({ atMs, committedAtKill, restartMs: Date.now() - restartAt });
    }
    await produceInBatches(topics, slices[kills] ?? []);
    await waitFor(() => topics.caughtUp(groupId), { timeoutMs: 120_000, intervalMs: 200, description: 'the service to commit the whole raw topic' });
    await service.stop();

    const committedRecords = await readTopic(topics.kafka, topics.anonymised);
    const everyRecord = await readTopic(topics.kafka, topics.anonymised, { readUncommitted: true });
    const deadLetterCodes = (await readTopic(topics.kafka, topics.deadLetters)).map(({ message }) => message.headers?.[DeadLetterHeader.Code]?.toString());
    const seen = new Map<string, number>();
    for (const { message } of committedRecords) {
      const key = message.key?.toString('utf8') ?? '';
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    process.stdout.write(`crash test: ${log.length} kills ${JSON.stringify(log)}; ${committedRecords.length} committed records, ${everyRecord.length - committedRecords.length} in aborted transactions\n`);
    // A record dead-lettered here means the stack misbehaved (e.g. the registry lost its schemas), not a crash.
    expect(deadLetterCodes).toEqual([]);
    expect(log).toHaveLength(kills);
    expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
    expect(events.filter((event) => !seen.has(event.eventId)).map((event) => event.eventId)).toEqual([]);
    expect(committedRecords).toHaveLength(total);
  }, 600_000);
});

async function produceInBatches(topics: PrivacyTopics, events: readonly RawSafetyEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += 50) await topics.produceRaw(events.slice(start, start + 50));
}
