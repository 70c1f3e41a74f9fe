import type { Kafka } from 'kafkajs';
import type { AclBinding } from './acl-binding';
import { aclEntryOf } from './acl-binding';

/**
 * Creates allow rules with a provisioning (admin) client and answers the ones that were not in force before, so
 * `revokeAcls(admin, added)` undoes exactly this grant. Integration tests use it to let a service principal use the
 * topics, groups and transactional ids of their own run; a rule topics:apply already keeps (a service's standing
 * group prefix, say) is never returned, so a spec's clean-up cannot take it from the services that run after it.
 */
export async function grantAcls(admin: Kafka, bindings: readonly AclBinding[]): Promise<AclBinding[]> {
  if (bindings.length === 0) return [];
  const client = admin.admin();
  await client.connect();
  try {
    const added: AclBinding[] = [];
    for (const binding of bindings) {
      const { resources } = await client.describeAcls(aclEntryOf(binding));
      if (resources.every((resource) => resource.acls.length === 0)) added.push(binding);
    }
    if (added.length > 0) await client.createAcls({ acl: added.map(aclEntryOf) });
    return added;
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
