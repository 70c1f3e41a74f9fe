import { NotFoundError } from '@usm/errors';
import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { withdrawalDecider } from './withdrawal.decider';
import { WithdrawalErrorCode } from './withdrawal.errors';
import { at, later, recordRetraction, recordWithdrawn, recorded, settled, withdrawn } from './withdrawal.spec-fixtures';

const spec = DeciderSpecification.for(withdrawalDecider);

describe('withdrawal process manager: recording a notice', () => {
  it('records an unknown notice with the releases holding its events, sorted and once each', () => {
    spec.given([]).when(recordRetraction(['rel-b', 'rel-a', 'rel-b'])).then([recorded(['rel-a', 'rel-b'])]);
  });

  it('settles at once a notice no release holds', () => {
    spec.given([]).when(recordRetraction([], 'partner')).then([recorded([], 'partner'), settled(at)]);
  });

  it('does nothing the second time the same notice arrives, while settling or settled', () => {
    spec.given([recorded(['rel-a'])]).when(recordRetraction(['rel-a', 'rel-c'], 'own', 'c-2')).then([]);
    spec.given([recorded(['rel-a']), withdrawn('rel-a', 'rel-a2'), settled(later)]).when(recordRetraction(['rel-a'], 'own', 'c-3')).then([]);
  });
});

describe('withdrawal process manager: recording a withdrawn release', () => {
  it('records a withdrawn release and keeps settling while others are pending', () => {
    spec.given([recorded(['rel-a', 'rel-b'])]).when(recordWithdrawn('rel-a', 'rel-a2')).then([withdrawn('rel-a', 'rel-a2')]);
  });

  it('settles the notice with its last release, also when the rebuild was refused (no superseding release)', () => {
    spec.given([recorded(['rel-a', 'rel-b']), withdrawn('rel-a', 'rel-a2')]).when(recordWithdrawn('rel-b', null)).then([withdrawn('rel-b', null), settled(later)]);
  });

  it('does nothing for a release already withdrawn or never concerned', () => {
    spec.given([recorded(['rel-a', 'rel-b']), withdrawn('rel-a', 'rel-a2')]).when(recordWithdrawn('rel-a', 'rel-a3')).then([]);
    spec.given([recorded(['rel-a'])]).when(recordWithdrawn('rel-z', 'rel-z2')).then([]);
    spec.given([recorded(['rel-a']), withdrawn('rel-a', 'rel-a2'), settled(later)]).when(recordWithdrawn('rel-a', 'rel-a2')).then([]);
  });

  it('refuses a withdrawal reported for a notice never recorded', () => {
    spec.given([]).when(recordWithdrawn('rel-a', 'rel-a2')).thenThrows(NotFoundError, WithdrawalErrorCode.NoticeUnknown);
  });
});
