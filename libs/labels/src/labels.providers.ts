import type { Provider } from '@nestjs/common';
import { topicCatalog } from '@usm/contracts';
import { COMMAND_HANDLER, EVENT_SOURCING_DATA_SOURCE, EVENT_STORE } from '@usm/event-sourcing';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { AvroCodec, AvroPublisher, SchemaRegistry, createKafka } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { AnnotationTasks } from './application/annotation-tasks.service';
import { ModelLabelsService } from './application/model-labels.service';
import type { AnnotatableEvents, Clock, LabelPublisher, LabelStore, SolutionRegistry, TaskSets } from './application/ports';
import { RuleLabellingHandler } from './application/rule-labelling.handler';
import { TaskSetsService } from './application/task-sets.service';
import { parseRuleSet } from './domain/rule-set/rule-set.parser';
import type { RuleSet } from './domain/rule-set/rule-set.model';
import { anonymisedEventsConsumer } from './adapters/kafka/anonymised-events.consumer';
import { KafkaLabelPublisher } from './adapters/kafka/kafka-label-publisher';
import { PostgresAnnotatableEvents } from './adapters/postgres/postgres-annotatable-events';
import { PostgresLabelStore } from './adapters/postgres/postgres-label-store';
import { PostgresTaskSets } from './adapters/postgres/postgres-task-sets';
import { HttpSolutionRegistry } from './adapters/validation/http-solution-registry';
import type { LabelsModuleOptions } from './labels.options';
import * as t from './labels.tokens';

const systemClock: Clock = { now: () => new Date() };

/** Ports bound to their adapters: Kafka, the registry, PostgreSQL (the event-sourcing module's data source), HTTP. */
export function labelsProviders(o: LabelsModuleOptions): Provider[] {
  const topic = (name: string) => `${o.topicPrefix}${name}`;
  return [
    { provide: t.LABELS_OPTIONS, useValue: o },
    { provide: t.RULE_SET, useFactory: () => parseRuleSet(o.ruleSetYaml) },
    { provide: t.LABELS_KAFKA, useFactory: () => createKafka(o.kafka) },
    { provide: t.LABELS_REGISTRY, useFactory: () => new SchemaRegistry({ url: o.registryUrl, clientId: o.kafka.clientId, ...(o.registryCredentials ? { credentials: o.registryCredentials } : {}) }) },
    { provide: t.LABELS_AVRO_PUBLISHER, inject: [t.LABELS_KAFKA, t.LABELS_REGISTRY], useFactory: (kafka: Kafka, registry: SchemaRegistry) => new AvroPublisher(kafka, new AvroCodec(registry)) },
    { provide: t.LABEL_PUBLISHER, inject: [t.LABELS_AVRO_PUBLISHER], useFactory: (publisher: AvroPublisher) => new KafkaLabelPublisher(publisher, topic(topicCatalog.safetyLabels.name)) },
    { provide: t.LABEL_STORE, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresLabelStore(db) },
    { provide: t.ANNOTATABLE_EVENTS, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresAnnotatableEvents(db) },
    { provide: t.TASK_SETS, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresTaskSets(db) },
    { provide: t.SOLUTION_REGISTRY, useFactory: () => (o.validationUrl ? new HttpSolutionRegistry(o.validationUrl) : null) },
    {
      provide: RuleLabellingHandler,
      inject: [t.RULE_SET, t.ANNOTATABLE_EVENTS, t.LABEL_PUBLISHER, t.LABEL_STORE],
      useFactory: (ruleSet: RuleSet, events: AnnotatableEvents, publisher: LabelPublisher, store: LabelStore) => new RuleLabellingHandler(o.city, ruleSet, events, publisher, store, systemClock),
    },
    {
      provide: t.ANONYMISED_EVENTS_CONSUMER,
      inject: [t.LABELS_KAFKA, t.LABELS_REGISTRY, RuleLabellingHandler, METRICS_REGISTRY],
      useFactory: (kafka: Kafka, registry: SchemaRegistry, handler: RuleLabellingHandler, metrics: Registry) =>
        anonymisedEventsConsumer(kafka, new AvroCodec(registry), topic(topicCatalog.safetyEventsAnonymised.name), o.groupId, handler, metrics),
    },
    {
      provide: AnnotationTasks,
      inject: [COMMAND_HANDLER, EVENT_STORE, t.TASK_SETS, t.ANNOTATABLE_EVENTS, t.LABEL_PUBLISHER, t.LABEL_STORE],
      useFactory: (handler: CommandHandler, store: EventStore, sets: TaskSets, events: AnnotatableEvents, publisher: LabelPublisher, labels: LabelStore) =>
        new AnnotationTasks(o.city, handler, store, sets, events, publisher, labels, systemClock),
    },
    {
      provide: TaskSetsService,
      inject: [COMMAND_HANDLER, t.TASK_SETS, t.ANNOTATABLE_EVENTS],
      useFactory: (handler: CommandHandler, sets: TaskSets, events: AnnotatableEvents) => new TaskSetsService(handler, sets, events, systemClock),
    },
    {
      provide: ModelLabelsService,
      inject: [t.SOLUTION_REGISTRY, t.ANNOTATABLE_EVENTS, t.LABEL_PUBLISHER, t.LABEL_STORE],
      useFactory: (registry: SolutionRegistry | null, events: AnnotatableEvents, publisher: LabelPublisher, store: LabelStore) => new ModelLabelsService(o.city, registry, events, publisher, store, systemClock),
    },
  ];
}
