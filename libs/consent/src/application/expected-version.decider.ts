import { ConcurrencyError } from '@usm/errors';
import type { Decider, DomainCommand, DomainEvent } from '@usm/event-sourcing';
import { EventSourcingErrorCode } from '@usm/event-sourcing';

interface Versioned<S> {
  readonly state: S;
  readonly version: number;
}

/**
 * A decider that also counts the events it folds and refuses to decide unless the stream is at the
 * version the caller saw. The command handler then appends at that same version, so a racing writer
 * still loses with a conflict: the client's `expectedVersion` holds end to end. Undefined means "any".
 */
export function withExpectedVersion<C extends DomainCommand, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  expectedVersion: number | undefined,
): Decider<C, E, Versioned<S>> {
  return {
    initialState: () => ({ state: decider.initialState(), version: 0 }),
    evolve: (current, event) => ({ state: decider.evolve(current.state, event), version: current.version + 1 }),
    decide: (command, current) => {
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new ConcurrencyError(EventSourcingErrorCode.VersionConflict, expectedVersion, current.version);
      }
      return decider.decide(command, current.state);
    },
  };
}
