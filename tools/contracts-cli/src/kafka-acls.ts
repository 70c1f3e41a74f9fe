import type { Admin, AclEntry } from 'kafkajs';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import type { AclBinding, AclOperation, AclResource } from '@usm/messaging';
import { aclEntryOf } from '@usm/messaging';
import type { AclChanges } from './acl-changes';

const resources: Partial<Record<AclResourceTypes, AclResource>> = {
  [AclResourceTypes.TOPIC]: 'topic',
  [AclResourceTypes.GROUP]: 'group',
  [AclResourceTypes.TRANSACTIONAL_ID]: 'transactional-id',
  [AclResourceTypes.CLUSTER]: 'cluster',
};
const operations: Partial<Record<AclOperationTypes, AclOperation>> = {
  [AclOperationTypes.READ]: 'read',
  [AclOperationTypes.WRITE]: 'write',
  [AclOperationTypes.CREATE]: 'create',
  [AclOperationTypes.DELETE]: 'delete',
  [AclOperationTypes.ALTER]: 'alter',
  [AclOperationTypes.DESCRIBE]: 'describe',
  [AclOperationTypes.DESCRIBE_CONFIGS]: 'describe-configs',
  [AclOperationTypes.ALTER_CONFIGS]: 'alter-configs',
  [AclOperationTypes.IDEMPOTENT_WRITE]: 'idempotent-write',
};

/** Every allow rule for a `User:` principal on the cluster, in the mesh's words (rules it cannot express are skipped). */
export async function readAclBindings(admin: Admin): Promise<AclBinding[]> {
  const described = await admin.describeAcls({
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  });
  return described.resources.flatMap((r) =>
    r.acls.flatMap((acl): AclBinding[] => {
      const resource = resources[r.resourceType];
      const operation = operations[acl.operation];
      const pattern = r.resourcePatternType === ResourcePatternTypes.LITERAL ? 'literal' : r.resourcePatternType === ResourcePatternTypes.PREFIXED ? 'prefixed' : undefined;
      if (!resource || !operation || !pattern || acl.permissionType !== AclPermissionTypes.ALLOW || !acl.principal.startsWith('User:') || acl.host !== '*') return [];
      return [{ principal: acl.principal.slice('User:'.length), resource, name: r.resourceName, pattern, operation }];
    }),
  );
}

/** Creates the missing bindings and deletes the stale ones (each by its exact filter). */
export async function applyAclChanges(admin: Admin, changes: AclChanges): Promise<void> {
  if (changes.create.length > 0) await admin.createAcls({ acl: changes.create.map(aclEntryOf) });
  if (changes.delete.length > 0) await admin.deleteAcls({ filters: changes.delete.map((b): AclEntry => aclEntryOf(b)) });
}
