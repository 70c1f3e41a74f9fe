import type { AclEntry, Admin, DescribeAclResponse, Kafka } from 'kafkajs';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { InfrastructureError } from '@usm/errors';
import type { AclBinding, AclOperation } from '@usm/messaging';
import { aclEntryOf } from '@usm/messaging';
import type { PartnerAclStore } from '../../application/ports';
import { federationErrorCodes } from '../../domain/federation-errors';
import { isPartnerPrincipal } from '../../domain/partner-acls';

const operations: readonly AclOperation[] = ['read', 'write', 'create', 'delete', 'alter', 'describe', 'describe-configs', 'alter-configs', 'idempotent-write'];
/** kafkajs operation codes back to the mesh's words, derived from `aclEntryOf` so both directions stay one table. */
const operationOf = new Map(operations.map((operation) => [aclEntryOf({ principal: 'p', resource: 'topic', name: 't', pattern: 'literal', operation }).operation, operation]));

/**
 * The partner rules among the topic rules a broker described: allow rules of `User:partner-*` principals on any
 * host `*`. Anything else (service principals, deny rules, other hosts) is not the federation's to manage and is left out.
 */
export function partnerBindingsOf(response: Pick<DescribeAclResponse, 'resources'>): readonly AclBinding[] {
  const bindings: AclBinding[] = [];
  for (const resource of response.resources) {
    if (resource.resourceType !== AclResourceTypes.TOPIC) continue;
    const pattern = resource.resourcePatternType === ResourcePatternTypes.LITERAL ? 'literal' : resource.resourcePatternType === ResourcePatternTypes.PREFIXED ? 'prefixed' : undefined;
    for (const acl of resource.acls) {
      const principal = acl.principal.startsWith('User:') ? acl.principal.slice('User:'.length) : undefined;
      const operation = operationOf.get(acl.operation);
      if (principal === undefined || !isPartnerPrincipal(principal) || pattern === undefined || operation === undefined) continue;
      if (acl.permissionType !== AclPermissionTypes.ALLOW || acl.host !== '*') continue;
      bindings.push({ principal, resource: 'topic', name: resource.resourceName, pattern, operation });
    }
  }
  return bindings;
}

/**
 * PartnerAclStore on this city's brokers through the kafkajs admin client (the federation principal needs ALTER
 * and DESCRIBE on the cluster). It governs partner rules on the topics `governs` names (the catalog's, under the
 * topic prefix); partner rules elsewhere (MirrorMaker 2's internal topics, provisioned by `topics:apply`) are not its own.
 */
export class KafkaPartnerAclStore implements PartnerAclStore {
  constructor(
    private readonly kafka: Kafka,
    private readonly governs: (topic: string) => boolean,
  ) {}

  inForce(): Promise<readonly AclBinding[]> {
    return this.withAdmin('describe', async (admin) =>
      partnerBindingsOf(
        await admin.describeAcls({ resourceType: AclResourceTypes.TOPIC, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ALLOW }),
      ).filter((binding) => this.governs(binding.name)),
    );
  }

  grant(bindings: readonly AclBinding[]): Promise<void> {
    return this.withAdmin('create', async (admin) => {
      await admin.createAcls({ acl: bindings.map(aclEntryOf) });
    });
  }

  revoke(bindings: readonly AclBinding[]): Promise<void> {
    return this.withAdmin('delete', async (admin) => {
      const filters: AclEntry[] = bindings.map(aclEntryOf);
      await admin.deleteAcls({ filters });
    });
  }

  private async withAdmin<T>(action: string, work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      return await work(admin);
    } catch (cause) {
      throw new InfrastructureError(federationErrorCodes.partnerAclsFailed, `Partner rules could not be ${action === 'describe' ? 'read from' : `${action}d on`} the broker`, { cause, details: { action } });
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
