import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { partnerBindingsOf } from './kafka-partner-acls';

const acl = (principal: string, operation = AclOperationTypes.READ, permissionType = AclPermissionTypes.ALLOW, host = '*') => ({ principal, operation, permissionType, host });

describe('partnerBindingsOf', () => {
  it('keeps the allow rules of partner principals on topics and leaves every other rule to its owner', () => {
    const bindings = partnerBindingsOf({
      resources: [
        {
          resourceType: AclResourceTypes.TOPIC,
          resourceName: 'safety.events.anonymised.v1',
          resourcePatternType: ResourcePatternTypes.LITERAL,
          acls: [acl('User:partner-barcelona'), acl('User:partner-barcelona', AclOperationTypes.DESCRIBE_CONFIGS), acl('User:privacy', AclOperationTypes.WRITE), acl('User:partner-osaka', AclOperationTypes.READ, AclPermissionTypes.DENY), acl('User:partner-osaka', AclOperationTypes.READ, AclPermissionTypes.ALLOW, '10.0.0.1'), acl('Group:partner-x')],
        },
        { resourceType: AclResourceTypes.TOPIC, resourceName: 'mm2-', resourcePatternType: ResourcePatternTypes.PREFIXED, acls: [acl('User:partner-osaka', AclOperationTypes.DESCRIBE)] },
        { resourceType: AclResourceTypes.GROUP, resourceName: 'g', resourcePatternType: ResourcePatternTypes.LITERAL, acls: [acl('User:partner-osaka')] },
      ],
    });
    expect(bindings).toEqual([
      { principal: 'partner-barcelona', resource: 'topic', name: 'safety.events.anonymised.v1', pattern: 'literal', operation: 'read' },
      { principal: 'partner-barcelona', resource: 'topic', name: 'safety.events.anonymised.v1', pattern: 'literal', operation: 'describe-configs' },
      { principal: 'partner-osaka', resource: 'topic', name: 'mm2-', pattern: 'prefixed', operation: 'describe' },
    ]);
  });
});
