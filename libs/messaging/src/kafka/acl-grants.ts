import type { Kafka } from 'kafkajs';
import type { AclBinding } from './acl-binding';
import { aclEntryOf } from './acl-binding';

/**
 * Creates allow rules with a provisioning (admin) client; creating a rule that exists changes nothing. Integration
 * tests use it to let a service principal use the topics, groups and transactional ids of their own run.
 */
export async function grantAcls(admin: Kafka, bindings: readonly AclBinding[]): Promise<void> {
  if (bindings.length === 0) return;
  const client = admin.admin();
  await client.connect();
  try {
    await client.createAcls({ acl: bindings.map(aclEntryOf) });
  } finally {
    await client.disconnect();
  }
}

/** Deletes exactly these allow rules. */
export async function revokeAcls(admin: Kafka, bindings: readonly AclBinding[]): Promise<void> {
  if (bindings.length === 0) return;
  const client = admin.admin();
  await client.connect();
  try {
    await client.deleteAcls({ filters: bindings.map(aclEntryOf) });
  } finally {
    await client.disconnect();
  }
}
