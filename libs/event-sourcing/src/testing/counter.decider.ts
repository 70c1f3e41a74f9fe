import { RuleViolationError } from '@usm/errors';
import type { Decider, DomainCommand, DomainEvent } from '../decider/decider';

/** A tiny aggregate for the library's own specs: a counter that refuses to go past its limit. */
export type Incremented = DomainEvent<'Incremented', { readonly counterId: string; readonly by: number }>;
/** Adds `by` to a counter. */
export type Increment = DomainCommand<'Increment', { readonly counterId: string; readonly by: number }>;
/** The counter's running total. */
export type CounterState = { readonly status: 'counting'; readonly total: number };

/** The total a counter may not pass. */
export const counterLimit = 1_000;

/** The counter aggregate. */
export const counterDecider: Decider<Increment, Incremented, CounterState> = {
  initialState: () => ({ status: 'counting', total: 0 }),
  evolve: (state, event) => ({ status: 'counting', total: state.total + event.data.by }),
  decide: (command, state) => {
    if (state.total + command.data.by > counterLimit) throw new RuleViolationError('COUNTER.LIMIT_REACHED', 'the counter would pass its limit');
    return command.data.by === 0 ? [] : [{ type: 'Incremented', data: { counterId: command.data.counterId, by: command.data.by } }];
  },
};

/** An Increment command with a given id. */
export function increment(counterId: string, by: number, commandId: string): Increment {
  return { type: 'Increment', data: { counterId, by }, metadata: { commandId, now: new Date('2026-01-01T00:00:00Z'), actor: 'spec' } };
}
