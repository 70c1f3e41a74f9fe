import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventSourcingModule } from '@usm/event-sourcing';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Registry } from 'prom-client';
import { AnnotationAgreementService } from './application/annotation-agreement.service';
import { RuleLabellingService } from './application/rule-labelling.service';
import { LabelsHealth } from './adapters/labels-health.provider';
import { LabelsLifecycle } from './adapters/labels-lifecycle.provider';
import { LabelsController } from './adapters/http/labels.controller';
import { LabelsErrorFilter } from './adapters/http/labels-error.filter';
import { TaskSetsController } from './adapters/http/task-sets.controller';
import { TasksController } from './adapters/http/tasks.controller';
import { CreateLabelsTables1797100000000 } from './adapters/postgres/migrations/1797100000000-create-labels-tables';
import { labelsProviders } from './labels.providers';
import type { LabelsModuleOptions } from './labels.options';

/**
 * Labels with provenance. Imported bare: the pure services (rule labelling, annotator agreement). With `forRoot`:
 * the rule labeller on the city's anonymised events, annotation tasks (event-sourced) and their HTTP API, model
 * labels of registered solutions, all published to `safety.labels.v1`. Needs `ObservabilityModule` in the app.
 */
@Module({ providers: [RuleLabellingService, AnnotationAgreementService], exports: [RuleLabellingService, AnnotationAgreementService] })
export class LabelsModule {
  static forRoot(options: LabelsModuleOptions): DynamicModule {
    const eventSourcing = EventSourcingModule.forRootAsync({
      inject: [METRICS_REGISTRY],
      useFactory: (metricsRegistry: Registry) => ({
        database: { ...options.database, migrations: [CreateLabelsTables1797100000000] },
        kafka: options.kafka,
        registryUrl: options.registryUrl,
        ...(options.registryCredentials ? { registryCredentials: options.registryCredentials } : {}),
        relay: false,
        metricsRegistry,
      }),
    });
    return {
      module: LabelsModule,
      imports: [eventSourcing],
      controllers: [TaskSetsController, TasksController, LabelsController],
      providers: [...labelsProviders(options), LabelsHealth, LabelsLifecycle, { provide: APP_FILTER, useClass: LabelsErrorFilter }],
    };
  }
}
