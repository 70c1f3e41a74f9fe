import type { Kafka } from 'kafkajs';
import type { ReplicationConfiguration, ReplicationRuntime, RuntimeState } from '../../application/ports';

/** The Connect config topic a generated configuration names. */
export function configTopicOf(properties: string): string | undefined {
  return /^config\.storage\.topic=(.+)$/m.exec(properties)?.[1];
}

/**
 * Each plan keeps its Connect configuration in a topic of its own on every partner (see the properties). Once
 * MirrorMaker 2 runs a new plan, the config topics of this city's earlier plans are never read again; this
 * runtime deletes them from the partners so they do not pile up. Failures are left for the next change.
 */
export class ConfigTopicSweepingRuntime implements ReplicationRuntime {
  constructor(
    private readonly inner: ReplicationRuntime,
    private readonly localCity: string,
    private readonly partnerKafka: (city: string) => Kafka | undefined,
    private readonly onSweepFailed: (partner: string, error: unknown) => void = () => undefined,
  ) {}

  async apply(configuration: ReplicationConfiguration): Promise<void> {
    await this.inner.apply(configuration);
    const keep = configTopicOf(configuration.properties);
    const pattern = new RegExp(`^mm2-configs\\.${this.localCity}(\\.[0-9a-f]{8})?\\.internal$`);
    for (const partner of new Set(configuration.flows.map((flow) => flow.target))) {
      await this.sweep(partner, (topic) => pattern.test(topic) && topic !== keep);
    }
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  state(): RuntimeState {
    return this.inner.state();
  }

  private async sweep(partner: string, stale: (topic: string) => boolean): Promise<void> {
    const kafka = this.partnerKafka(partner);
    if (!kafka) return;
    const admin = kafka.admin();
    try {
      await admin.connect();
      const topics = (await admin.listTopics()).filter(stale);
      if (topics.length > 0) await admin.deleteTopics({ topics });
    } catch (error) {
      this.onSweepFailed(partner, error);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
