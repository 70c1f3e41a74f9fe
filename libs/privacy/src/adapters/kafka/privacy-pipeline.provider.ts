import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { subjectOf, topicCatalog } from '@usm/contracts';
import { AVRO_CODEC, AvroCodec, KAFKA_CLIENT, SCHEMA_REGISTRY, SchemaRegistry, TransactionalProcessor, transactionalIdOf } from '@usm/messaging';
import type { ProcessorState, StuckPartition } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import { Kafka } from 'kafkajs';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { PrivacyMetrics } from '../../application/privacy-metrics';
import { PrivacyOptions } from '../../application/privacy.options';
import { LEGAL_BASIS_GATE, LOADED_PRIVACY_POLICY, PRIVACY_METRICS, PRIVACY_OPTIONS, SOURCE_SYSTEM_REGISTRY } from '../../application/privacy.tokens';
import { LegalBasisGate } from '../../application/ports';
import { releaseAnonymisedEventSoon } from '../../application/release-anonymised-event';
import type { RawSafetyEvent } from '../../domain/contract/raw-safety-event';
import type { SourceSystemRegistry } from '../../domain/release/source-system-registry';
import { LoadedPrivacyPolicy } from '../policy/load-privacy-policy';
import { buildEgressGate } from './build-egress-gate';
import { pinoProcessorLogger } from './pino-processor-logger';
import type { QuarantineRate } from './quarantine-rate';
import { privacyTransform } from './privacy-transform';

/** Runs the raw → anonymised stream for the life of the app: started after boot, stopped before shutdown. */
@Injectable()
export class PrivacyPipeline implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly processor: TransactionalProcessor<RawSafetyEvent>;
  /** Share of guarded records the egress guard quarantined lately; readiness watches it. */
  readonly quarantineRate: QuarantineRate;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    @Inject(AVRO_CODEC) codec: AvroCodec,
    @Inject(SCHEMA_REGISTRY) schemaRegistry: SchemaRegistry,
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(LOADED_PRIVACY_POLICY) loaded: LoadedPrivacyPolicy,
    @Inject(LEGAL_BASIS_GATE) gate: LegalBasisGate,
    @Inject(SOURCE_SYSTEM_REGISTRY) systems: SourceSystemRegistry,
    @Inject(PRIVACY_METRICS) metrics: PrivacyMetrics,
    @Inject(PRIVACY_OPTIONS) options: PrivacyOptions,
    @InjectPinoLogger(PrivacyPipeline.name) private readonly logger: PinoLogger,
  ) {
    const { stream } = options;
    const inputTopic = stream.inputTopic ?? topicCatalog.safetyEventsRaw.name;
    const dependencies = { policy: loaded.policy, pseudonymise: loaded.pseudonymise, gate, systems, city: options.city, now: () => Date.now(), metrics };
    const egress = buildEgressGate(loaded.policy.pseudonymisation.keyId, registry, options.egress, { city: options.city, attributes: loaded.policy.attributes });
    this.quarantineRate = egress.rate;
    this.processor = new TransactionalProcessor<RawSafetyEvent>(kafka, codec, {
      inputTopic,
      // Records of another contract on the raw topic are dead-lettered, never anonymised as if they were raw events.
      readerSchema: { subject: subjectOf(inputTopic), registry: schemaRegistry },
      groupId: stream.groupId,
      transactionalId: transactionalIdOf(stream.instanceId, inputTopic),
      fromBeginning: stream.fromBeginning,
      settings: stream.settings,
      metricsRegistry: registry,
      logger: pinoProcessorLogger(logger),
      transform: privacyTransform({
        release: (raw) => releaseAnonymisedEventSoon(raw, dependencies),
        metrics,
        outputTopic: stream.outputTopic ?? topicCatalog.safetyEventsAnonymised.name,
        egress: egress.gate,
      }),
      onFatal: options.onFatal ?? endProcess,
    });
  }

  state(): ProcessorState {
    return this.processor.state();
  }

  /** Partitions whose chunks keep aborting. */
  stuckPartitions(): StuckPartition[] {
    return this.processor.stuckPartitions();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.processor.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.processor.stop();
    this.logger.info('privacy pipeline stopped');
  }
}

/** A fenced instance is a zombie: end it with a failure so its supervisor restarts it, running the shutdown hooks. */
function endProcess(): void {
  process.exitCode = 1;
  process.kill(process.pid, 'SIGTERM');
}
