import type { Decider, DomainCommand, DomainEvent } from '@usm/event-sourcing';

/** A decider that reads stored events of any schema version: each is upcast before it is folded. */
export function withUpcaster<C extends DomainCommand, Stored extends DomainEvent, E extends Stored, S>(
  decider: Decider<C, E, S>,
  upcast: (event: Stored) => E,
): Decider<C, Stored, S> {
  return {
    initialState: decider.initialState,
    evolve: (state, event) => decider.evolve(state, upcast(event)),
    decide: decider.decide,
  };
}
