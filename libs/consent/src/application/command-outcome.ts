import { ConcurrencyError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { CommandResult } from '@usm/event-sourcing';
import type { CommandOutcome, LedgerMetrics } from './ports';

/** The outcome label of an error a command raised. */
export function outcomeOfError(error: unknown): CommandOutcome {
  if (error instanceof ValidationError) return 'invalid';
  if (error instanceof NotFoundError) return 'not_found';
  if (error instanceof ConcurrencyError) return 'conflict';
  if (error instanceof RuleViolationError) return 'refused';
  return 'failed';
}

/** Runs a command and counts how it ended, rethrowing its error unchanged. */
export async function counted<R extends CommandResult>(
  metrics: LedgerMetrics,
  aggregate: 'consent' | 'agreement',
  command: string,
  run: () => Promise<R>,
): Promise<R> {
  try {
    const result = await run();
    metrics.commandHandled(aggregate, command, result.status);
    return result;
  } catch (error) {
    metrics.commandHandled(aggregate, command, outcomeOfError(error));
    throw error;
  }
}
