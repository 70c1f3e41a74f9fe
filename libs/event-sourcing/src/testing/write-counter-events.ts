import { randomUUID } from 'node:crypto';
import type { CommandHandler } from '../application/ports';
import { counterDecider, increment } from './counter.decider';

/** Sends `perCounter` increments (by 1..4, deterministic) to each of `counters` counters, counters in parallel. */
export async function writeCounterEvents(handler: CommandHandler, counters: number, perCounter: number, prefix = 'c'): Promise<void> {
  await Promise.all(
    Array.from({ length: counters }, async (_, c) => {
      for (let i = 0; i < perCounter; i += 1) {
        await handler.handleCommand(counterDecider, `counter-${prefix}${c}`, increment(`${prefix}${c}`, ((c + i) % 4) + 1, randomUUID()), { retriesOnConflict: 3 });
      }
    }),
  );
}
