import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logLevel } from 'kafkajs';
import { createKafka } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, readStack, uniqueName, waitFor } from '@usm/testing';
import { stackOptions } from './stack-options';
import { startMirrorMaker, stopMirrorMaker } from './mirror-maker';
import { readStackFile, writeStackFile } from './stack-file';

/** `npm run stack -- mirror`: MirrorMaker 2 from Maven Central between two local cities, recorded in stack.json. */
describe('the stack\'s MirrorMaker 2', () => {
  const options = stackOptions();
  const kafkaOf = (city: string) => createKafka({ ...kafkaConnectionOf(cityStack(city), 'admin', 'mirror-spec'), logLevel: logLevel.NOTHING });

  afterAll(async () => {
    writeStackFile(options.paths.stackFile, await stopMirrorMaker(readStackFile(options.paths.stackFile), options));
  });

  it('replicates the flow\'s topic to <source>.<topic> and records the flow in stack.json', async () => {
    const topic = uniqueName('mirror');
    const other = uniqueName('not-mirrored');
    const incheon = kafkaOf('incheon').admin();
    const barcelona = kafkaOf('barcelona').admin();
    await Promise.all([incheon.connect(), barcelona.connect()]);
    try {
      await incheon.createTopics({ topics: [{ topic, numPartitions: 1 }, { topic: other, numPartitions: 1 }], waitForLeaders: true });
      const producer = kafkaOf('incheon').producer();
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'k', value: 'shared' }] });
      await producer.send({ topic: other, messages: [{ key: 'k', value: 'kept' }] });
      await producer.disconnect();

      const flow = { source: 'incheon', target: 'barcelona', topics: [topic] };
      writeStackFile(options.paths.stackFile, await startMirrorMaker(readStack(), [flow], options));
      expect(readStack().replication.flows).toEqual([flow]);

      const remote = `incheon.${topic}`;
      await waitFor(async () => (await barcelona.listTopics()).includes(remote) && (await barcelona.fetchTopicOffsets(remote)).some((p) => Number(p.high) > 0), {
        timeoutMs: 90_000,
        intervalMs: 500,
        description: `${remote} in barcelona`,
      });
      expect(await barcelona.listTopics()).not.toContain(`incheon.${other}`);
      // It read incheon as partner-barcelona and wrote barcelona as mm2-incheon, never as a super user.
      expect(readFileSync(join(options.paths.state, 'mirror-maker', 'mm2.properties'), 'utf8')).not.toMatch(/username="admin"|password="[0-9a-f]/);
    } finally {
      await Promise.all([incheon.disconnect(), barcelona.disconnect()]);
    }
  });
});
