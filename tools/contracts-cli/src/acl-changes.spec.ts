import type { AclBinding } from '@usm/messaging';
import { aclChangesOf } from './acl-changes';

const binding = (principal: string, name: string, operation: AclBinding['operation'] = 'read'): AclBinding => ({ principal, resource: 'topic', name, pattern: 'literal', operation });

describe('aclChangesOf', () => {
  const wanted = [binding('privacy', 'safety.events.raw.v1'), binding('ingest', 'safety.events.raw.v1', 'write')];

  it('creates what is missing, keeps what is in force and deletes stale bindings of the principals it manages', () => {
    const inForce = [binding('privacy', 'safety.events.raw.v1'), binding('privacy', 'consent.records.v1'), binding('mm2-osaka', 'x')];
    const changes = aclChangesOf(wanted, inForce, true);
    expect(changes.create).toEqual([binding('ingest', 'safety.events.raw.v1', 'write')]);
    expect(changes.delete).toEqual([binding('privacy', 'consent.records.v1'), binding('mm2-osaka', 'x')]);
    expect(changes.unchanged).toBe(1);
  });

  it('never deletes partner ACLs (they follow agreements) nor anyone else\'s', () => {
    const inForce = [binding('partner-barcelona', 'safety.labels.v1'), binding('someone', 'x'), binding('admin', 'y')];
    expect(aclChangesOf(wanted, inForce, true).delete).toEqual([]);
  });

  it('only adds under a test prefix, so a test run never removes the city\'s own bindings', () => {
    expect(aclChangesOf(wanted, [binding('privacy', 'consent.records.v1')], false).delete).toEqual([]);
  });

  it('changes nothing the second time', () => {
    const changes = aclChangesOf(wanted, wanted, true);
    expect([changes.create.length, changes.delete.length, changes.unchanged]).toEqual([0, 0, 2]);
  });

  it('spares what `keep` says (bindings of a prefixed test run) from a run without prefix', () => {
    const testRun = binding('privacy', 'run1.safety.events.raw.v1');
    expect(aclChangesOf(wanted, [testRun], true, (b) => b.name.startsWith('run1.')).delete).toEqual([]);
  });
});
