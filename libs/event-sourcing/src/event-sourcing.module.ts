import { DynamicModule, Module } from '@nestjs/common';
import { COMMAND_HANDLER, EVENT_SOURCING_DATA_SOURCE, EVENT_STORE, OUTBOX_RELAY, PROJECTION_RUNNER } from './application/event-sourcing.tokens';
import { EventSourcingLifecycle } from './event-sourcing-lifecycle.service';
import { EventSourcingModuleAsyncOptions, EventSourcingModuleOptions, EVENT_SOURCING_OPTIONS } from './event-sourcing-options';
import { eventSourcingProviders } from './event-sourcing.providers';

const exported = [EVENT_STORE, COMMAND_HANDLER, OUTBOX_RELAY, PROJECTION_RUNNER, EVENT_SOURCING_DATA_SOURCE];

/**
 * The write side (PostgreSQL event store, idempotent command handler, outbox relay to Kafka) and the
 * projection runner. Inject with the Symbol tokens of `event-sourcing.tokens`; migrations run on boot.
 */
@Module({})
export class EventSourcingModule {
  static forRoot(options: EventSourcingModuleOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      providers: [{ provide: EVENT_SOURCING_OPTIONS, useValue: options }, ...eventSourcingProviders, EventSourcingLifecycle],
      exports: exported,
    };
  }

  static forRootAsync(options: EventSourcingModuleAsyncOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      imports: options.imports ?? [],
      providers: [{ provide: EVENT_SOURCING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory }, ...eventSourcingProviders, EventSourcingLifecycle],
      exports: exported,
    };
  }
}
