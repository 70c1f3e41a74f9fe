import { ConcurrencyError } from '@usm/errors';
import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { consentDecider } from '../domain/consent/consent.decider';
import { day, granted, revokeCommand, revoked, t0 } from '../domain/consent/consent.spec-fixtures';
import { withExpectedVersion } from './expected-version.decider';

describe('withExpectedVersion', () => {
  it('given a stream at the expected version, when a command comes, then the inner decider decides', () => {
    DeciderSpecification.for(withExpectedVersion(consentDecider, 1)).given([granted(t0)]).when(revokeCommand(t0 + day)).then([revoked(t0 + day)]);
  });

  it('given a stream that moved on, when a command comes, then a conflict with both versions', () => {
    const decider = withExpectedVersion(consentDecider, 1);
    const state = [granted(t0), revoked(t0 + 1)].reduce(decider.evolve, decider.initialState());
    expect(() => decider.decide(revokeCommand(t0 + day), state)).toThrow(expect.objectContaining({ expectedVersion: 1, actualVersion: 2 }));
    DeciderSpecification.for(decider).given([granted(t0), revoked(t0 + 1)]).when(revokeCommand(t0 + day)).thenThrows(ConcurrencyError, 'EVENT_SOURCING.VERSION_CONFLICT');
  });

  it('given no expected version, when a command comes, then any version is accepted', () => {
    DeciderSpecification.for(withExpectedVersion(consentDecider, undefined)).given([granted(t0)]).when(revokeCommand(t0 + day)).then([revoked(t0 + day)]);
  });
});
