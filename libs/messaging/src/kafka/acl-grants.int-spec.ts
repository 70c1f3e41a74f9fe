import { cityStack, kafkaConnectionOf, uniqueName } from '@usm/testing';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, logLevel } from 'kafkajs';
import { grantAcls, revokeAcls } from './acl-grants';
import { createKafka } from './kafka-connection';
import { bindingsOf, groups, reads } from './service-acls';

const kafka = createKafka({ ...kafkaConnectionOf(cityStack('incheon'), 'admin', uniqueName('acl-grants-it')), logLevel: logLevel.NOTHING });
const run = uniqueName('acl-grants');

/** The group and topic rules of a principal whose names hold this run's id. */
async function rulesOfRun(): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeAcls({ resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY });
    return resources.filter((r) => r.resourceName.includes(run)).flatMap((r) => r.acls.map((a) => `${r.resourceName} ${String(a.operation)}`)).sort();
  } finally {
    await admin.disconnect();
  }
}

afterAll(async () => {
  await revokeAcls(kafka, [...bindingsOf(`${run}-svc`, [groups(`${run}-standing`, 'prefixed'), reads(`${run}-topic`)])]);
});

describe('grantAcls: a spec undoes its own grant and nothing that was in force before it', () => {
  it('answers only the rules it added, so revoking them keeps a standing rule of the same principal', async () => {
    // A rule topics:apply would keep: the service's standing group prefix.
    const standing = bindingsOf(`${run}-svc`, [groups(`${run}-standing`, 'prefixed')]);
    expect(await grantAcls(kafka, standing)).toEqual(standing);
    const before = await rulesOfRun();
    expect(before).toHaveLength(2);

    const spec = bindingsOf(`${run}-svc`, [groups(`${run}-standing`, 'prefixed'), reads(`${run}-topic`)]);
    const added = await grantAcls(kafka, spec);
    expect(added).toEqual(bindingsOf(`${run}-svc`, [reads(`${run}-topic`)]));
    expect(await rulesOfRun()).toHaveLength(4);

    await revokeAcls(kafka, added);
    expect(await rulesOfRun()).toEqual(before);
  });
});
