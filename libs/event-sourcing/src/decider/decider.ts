/** A domain fact as the write side records it: `type` names the event (= its Avro record name). */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** A request to change an aggregate: carries its id (idempotency), the time and the actor, so `decide` stays pure. */
export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: { readonly commandId: string; readonly now: Date; readonly actor: string };
}

/**
 * An aggregate as pure functions: `decide` turns a command and the current state into new events (or throws a
 * MeshError for a broken invariant), `evolve` folds one event into the state and never throws.
 */
export interface Decider<Command extends DomainCommand, Event extends DomainEvent, State> {
  readonly decide: (command: Command, state: State) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}

/** The state after folding `events` from the initial state. */
export function foldEvents<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, events: readonly E[]): S {
  return events.reduce(decider.evolve, decider.initialState());
}
