import type { AclEntry } from 'kafkajs';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';

/** What an ACL may be about: a topic, a consumer group, a transactional id or the cluster itself. */
export type AclResource = 'topic' | 'group' | 'transactional-id' | 'cluster';

/** An operation an ACL allows (the broker denies everything else: `allow.everyone.if.no.acl.found=false`). */
export type AclOperation = 'read' | 'write' | 'create' | 'delete' | 'alter' | 'describe' | 'describe-configs' | 'alter-configs' | 'idempotent-write';

/**
 * One allow rule of the broker's StandardAuthorizer, in the mesh's own words. The mesh only ever allows;
 * a principal is `User:<name>` (SCRAM user name) and the host is always `*`.
 */
export interface AclBinding {
  readonly principal: string;
  readonly resource: AclResource;
  /** Topic, group or transactional-id name (or prefix); `kafka-cluster` for the cluster. */
  readonly name: string;
  readonly pattern: 'literal' | 'prefixed';
  readonly operation: AclOperation;
}

const resourceTypes: Record<AclResource, AclResourceTypes> = {
  topic: AclResourceTypes.TOPIC,
  group: AclResourceTypes.GROUP,
  'transactional-id': AclResourceTypes.TRANSACTIONAL_ID,
  cluster: AclResourceTypes.CLUSTER,
};

const operationTypes: Record<AclOperation, AclOperationTypes> = {
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
  delete: AclOperationTypes.DELETE,
  alter: AclOperationTypes.ALTER,
  describe: AclOperationTypes.DESCRIBE,
  'describe-configs': AclOperationTypes.DESCRIBE_CONFIGS,
  'alter-configs': AclOperationTypes.ALTER_CONFIGS,
  'idempotent-write': AclOperationTypes.IDEMPOTENT_WRITE,
};

/** The kafkajs `createAcls`/`deleteAcls` entry of a binding. */
export function aclEntryOf(binding: AclBinding): AclEntry {
  return {
    principal: `User:${binding.principal}`,
    host: '*',
    resourceType: resourceTypes[binding.resource],
    resourceName: binding.name,
    resourcePatternType: binding.pattern === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
    operation: operationTypes[binding.operation],
    permissionType: AclPermissionTypes.ALLOW,
  };
}

/** A stable identity of a binding, to diff the bindings in force against the wanted ones. */
export const aclKeyOf = (b: AclBinding): string => [b.principal, b.resource, b.pattern, b.name, b.operation].join('|');
