import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf } from '@usm/testing';
import { createKafka } from '@usm/messaging';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';

/**
 * Removes every rule of a partner principal in a city's cluster. A spec's agreement stays in force in its own ledger
 * database, but the broker rules the federation service made for it must not outlive the run: rules on the city's
 * real topics would let the partner read them in later specs of the same stack.
 */
export async function revokePartnerRules(city: CityStack, principal: string): Promise<void> {
  const admin = createKafka(kafkaConnectionOf(city, 'admin', 'ds-withdrawal-e2e-cleanup')).admin();
  await admin.connect();
  try {
    await admin.deleteAcls({
      filters: [{ resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, principal: `User:${principal}`, host: '*', operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY }],
    });
  } finally {
    await admin.disconnect();
  }
}
