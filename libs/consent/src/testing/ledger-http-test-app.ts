import type { INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { COMMAND_HANDLER, EVENT_STORE } from '@usm/event-sourcing';
import { InMemoryEventStore } from '@usm/event-sourcing/testing';
import { AUTHENTICATOR, RouteAccessGuard } from '@usm/security';
import type { Clock, CommandOutcome, IdGenerator, LedgerMetrics } from '../application/ports';
import { AGREEMENT_READ_MODEL, CLOCK, CONSENT_READ_MODEL, ID_GENERATOR, LEDGER_METRICS } from '../consent.tokens';
import { ledgerModuleMetadata } from '../ledger.metadata';
import { InMemoryLedgerReadModels } from './in-memory-ledger-read-models';
import { SpecCommandHandler } from './spec-command-handler';
import { specAuthenticator } from './spec-authenticator';

/** A clock specs move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return this.current;
  }
  set(at: Date): void {
    this.current = at;
  }
}

/** Ids `id-1`, `id-2`, … */
export class SequentialIds implements IdGenerator {
  private next = 0;
  newId(): string {
    this.next += 1;
    return `id-${this.next}`;
  }
}

/** Counts commands in memory, as `aggregate/command/outcome` keys. */
export class CountingMetrics implements LedgerMetrics {
  readonly counts = new Map<string, number>();
  commandHandled(aggregate: string, command: string, outcome: CommandOutcome): void {
    const key = `${aggregate}/${command}/${outcome}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

export interface LedgerHttpTestApp {
  readonly app: INestApplication;
  readonly metrics: CountingMetrics;
  readonly clock: ManualClock;
  readonly store: InMemoryEventStore;
}

/** The ledger's HTTP API over in-memory adapters and the route guard (see specAuthenticator): no Kafka, no database. */
export async function createLedgerHttpTestApp(now: Date, configure: (app: INestApplication) => void = () => undefined): Promise<LedgerHttpTestApp> {
  const store = new InMemoryEventStore();
  const clock = new ManualClock(now);
  const metrics = new CountingMetrics();
  const readModels = new InMemoryLedgerReadModels(store);
  const metadata = ledgerModuleMetadata();
  const moduleRef = await Test.createTestingModule({
    ...metadata,
    providers: [
      ...(metadata.providers ?? []),
      { provide: EVENT_STORE, useValue: store },
      { provide: COMMAND_HANDLER, useValue: new SpecCommandHandler(store) },
      { provide: CONSENT_READ_MODEL, useValue: readModels },
      { provide: AGREEMENT_READ_MODEL, useValue: readModels },
      { provide: LEDGER_METRICS, useValue: metrics },
      { provide: CLOCK, useValue: clock },
      { provide: ID_GENERATOR, useValue: new SequentialIds() },
      { provide: AUTHENTICATOR, useValue: specAuthenticator },
      { provide: APP_GUARD, useClass: RouteAccessGuard },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configure(app);
  await app.init();
  return { app, clock, store, metrics };
}
