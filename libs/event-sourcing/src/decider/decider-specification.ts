import type { Decider, DomainCommand, DomainEvent } from './decider';
import { foldEvents } from './decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Given events / when command / then events (or thenThrows), for decider unit tests:
 * `DeciderSpecification.for(consentDecider).given([granted]).when(revoke).then([revoked])`.
 */
export class DeciderSpecification<C extends DomainCommand, E extends DomainEvent, S> {
  private constructor(
    private readonly decider: Decider<C, E, S>,
    private readonly history: readonly E[] = [],
  ) {}

  static for<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>): DeciderSpecification<C, E, S> {
    return new DeciderSpecification(decider);
  }

  given(events: readonly E[]): DeciderSpecification<C, E, S> {
    return new DeciderSpecification(this.decider, events);
  }

  when(command: C): { then: (expected: readonly E[]) => void; thenThrows: (errorClass: ErrorClass, code?: string) => void } {
    const run = (): readonly E[] => this.decider.decide(command, foldEvents(this.decider, this.history));
    return {
      then: (expected) => expect(run()).toEqual(expected),
      thenThrows: (errorClass, code) => {
        let thrown: unknown;
        try {
          run();
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(errorClass);
        if (code !== undefined) expect((thrown as { code?: string }).code).toBe(code);
      },
    };
  }
}
