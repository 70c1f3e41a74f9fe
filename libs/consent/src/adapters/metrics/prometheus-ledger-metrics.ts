import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { CommandOutcome, LedgerMetrics } from '../../application/ports';

/** `usm_consent_commands_total{aggregate, command, outcome}` in the service's registry. */
export class PrometheusLedgerMetrics implements LedgerMetrics {
  private readonly commands: Counter<'aggregate' | 'command' | 'outcome'>;

  constructor(registry: Registry) {
    this.commands = new Counter({
      name: 'usm_consent_commands_total',
      help: 'Consent and agreement commands handled, by aggregate, command type and outcome',
      labelNames: ['aggregate', 'command', 'outcome'],
      registers: [registry],
    });
  }

  commandHandled(aggregate: 'consent' | 'agreement', command: string, outcome: CommandOutcome): void {
    this.commands.inc({ aggregate, command, outcome });
  }
}
