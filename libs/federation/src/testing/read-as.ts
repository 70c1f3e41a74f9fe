import { randomUUID } from 'node:crypto';
import { aclEntryOf } from '@usm/messaging';
import { waitFor } from '@usm/testing';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { kafkaOf } from './federation-test-node';

/** What reading a topic as some principal gave: records, or the broker's refusal by its error type. */
export type ReadResult = { readonly records: number } | { readonly refused: string };

/**
 * Lets `principal` join consumer groups named `<groupPrefix>…` in a city (tests read with a group; MirrorMaker 2 itself
 * reads without one), so that what a read meets is the topic rule alone.
 */
export async function allowProbeGroups(city: string, principal: string, groupPrefix: string): Promise<() => Promise<void>> {
  const admin = kafkaOf(city).admin();
  await admin.connect();
  const rules = (['read', 'describe'] as const).map((operation) => aclEntryOf({ principal, resource: 'group', name: groupPrefix, pattern: 'prefixed', operation }));
  try {
    await admin.createAcls({ acl: rules });
  } finally {
    await admin.disconnect();
  }
  return async () => {
    const cleanup = kafkaOf(city).admin();
    await cleanup.connect();
    try {
      await cleanup.deleteAcls({ filters: [{ resourceType: AclResourceTypes.GROUP, resourceName: groupPrefix, resourcePatternType: ResourcePatternTypes.PREFIXED, principal: `User:${principal}`, host: '*', operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY }] });
    } finally {
      await cleanup.disconnect();
    }
  };
}

/** Reads a topic from the beginning as `principal` until `atLeast` records came, or returns the broker's refusal. */
export async function readAs(city: string, principal: string, groupPrefix: string, topic: string, atLeast = 1): Promise<ReadResult> {
  const consumer = kafkaOf(city, principal, `${principal}-spec`).consumer({ groupId: `${groupPrefix}${randomUUID()}`, maxWaitTimeInMs: 200, retry: { retries: 0 } });
  let records = 0;
  let failure: unknown;
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    failure = payload.error;
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async () => void (records += 1) });
    await waitFor(() => records >= atLeast || failure !== undefined, { timeoutMs: 30_000, intervalMs: 100, description: `${principal} to read ${atLeast} records of ${topic}` });
    if (failure !== undefined) throw failure;
    return { records };
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === undefined) throw error;
    return { refused: type };
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}
