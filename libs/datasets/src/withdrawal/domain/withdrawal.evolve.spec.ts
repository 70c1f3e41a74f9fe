import { foldEvents } from '@usm/event-sourcing';
import { withdrawalDecider } from './withdrawal.decider';
import { notice, recorded, settled, later, withdrawn } from './withdrawal.spec-fixtures';

describe('withdrawal evolve', () => {
  it('moves from unknown through settling to settled, keeping what superseded what', () => {
    const state = foldEvents(withdrawalDecider, [recorded(['rel-a', 'rel-b']), withdrawn('rel-a', 'rel-a2'), withdrawn('rel-b', null), settled(later)]);
    expect(state).toEqual({ status: 'settled', notice, origin: 'own', pending: [], withdrawn: [{ releaseId: 'rel-a', supersededBy: 'rel-a2' }, { releaseId: 'rel-b', supersededBy: null }] });
  });

  it('ignores events that do not fit: a second record, a withdrawal before the record or of an unknown release, settling twice', () => {
    expect(foldEvents(withdrawalDecider, [withdrawn('rel-a', 'x'), settled(later)])).toEqual({ status: 'unknown' });
    const settling = foldEvents(withdrawalDecider, [recorded(['rel-a']), recorded(['rel-z']), withdrawn('rel-q', 'x')]);
    expect(settling).toEqual({ status: 'settling', notice, origin: 'own', pending: ['rel-a'], withdrawn: [] });
    expect(foldEvents(withdrawalDecider, [recorded([]), settled(later), settled(later)])).toMatchObject({ status: 'settled' });
  });
});
