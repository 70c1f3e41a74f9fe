import type { Admin, Kafka } from 'kafkajs';
import type { ReplicationLagMonitor, TopicLag } from '../../application/ports';
import type { ReplicationFlow } from '../../domain/replication-flow';
import { recordLagOf } from '../../domain/replication-lag';
import { remoteTopicOf } from '../../domain/topic-names';
import { ArrivalProbe } from './arrival-probe';
import { endOffsetsOf } from './topic-offsets';

interface Partner {
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly probe: ArrivalProbe;
}

/**
 * Replication lag per flow and topic: records from end offsets on both clusters, seconds from a probe
 * consumer on the partner. Remote topics appear only once MirrorMaker 2 created them, so each lag
 * query also (re)subscribes the probe to the remote topics that exist by then.
 */
export class KafkaReplicationLagMonitor implements ReplicationLagMonitor {
  private flows: readonly ReplicationFlow[] = [];
  private localAdmin: Promise<Admin> | undefined;
  private readonly partners = new Map<string, Promise<Partner | undefined>>();

  constructor(
    private readonly localKafka: Kafka,
    private readonly partnerKafka: (city: string) => Kafka | undefined,
    private readonly probeGroupPrefix: string,
    private readonly onArrival: (target: string, remoteTopic: string, lagMs: number) => void,
  ) {}

  async watch(flows: readonly ReplicationFlow[]): Promise<void> {
    this.flows = flows;
    const targets = new Set(flows.map((flow) => flow.target));
    for (const [city, pending] of this.partners) {
      if (!targets.has(city)) await (await pending.catch(() => undefined))?.probe.follow([]);
    }
  }

  async lags(): Promise<readonly TopicLag[]> {
    const lags: TopicLag[] = [];
    for (const flow of this.flows) lags.push(...(await this.flowLags(flow)));
    return lags;
  }

  async close(): Promise<void> {
    for (const pending of this.partners.values()) {
      const partner = await pending.catch(() => undefined);
      await partner?.probe.close();
      await partner?.admin.disconnect();
    }
    this.partners.clear();
    const local = this.localAdmin;
    this.localAdmin = undefined;
    await (await local?.catch(() => undefined))?.disconnect();
  }

  private async flowLags(flow: ReplicationFlow): Promise<TopicLag[]> {
    const unknown = (topic: string): TopicLag => ({ target: flow.target, topic, remoteTopic: remoteTopicOf(flow.source, topic), records: null, seconds: null, lastArrivalAt: null });
    try {
      const partner = await this.partner(flow.target);
      if (!partner) return flow.topics.map(unknown);
      const local = await this.local();
      const [sourceTopics, targetTopics] = await Promise.all([local.listTopics(), partner.admin.listTopics()]);
      const remoteTopics = flow.topics.map((topic) => remoteTopicOf(flow.source, topic));
      await partner.probe.follow(remoteTopics.filter((topic) => targetTopics.includes(topic)));
      return await Promise.all(flow.topics.map(async (topic, index) => {
        const remoteTopic = remoteTopics[index] as string;
        const source = await endOffsetsOf(local, topic, new Set(sourceTopics));
        const target = await endOffsetsOf(partner.admin, remoteTopic, new Set(targetTopics));
        const arrival = partner.probe.arrival(remoteTopic);
        return { target: flow.target, topic, remoteTopic, records: recordLagOf(source, target), seconds: arrival ? arrival.lagMs / 1000 : null, lastArrivalAt: arrival?.arrivedAt ?? null };
      }));
    } catch {
      // A cluster that does not answer leaves the lag unknown; the status says so rather than failing.
      return flow.topics.map(unknown);
    }
  }

  private local(): Promise<Admin> {
    if (!this.localAdmin) {
      const admin = this.localKafka.admin();
      const connected = admin.connect().then(() => admin);
      this.localAdmin = connected;
      connected.catch(() => (this.localAdmin = undefined));
    }
    return this.localAdmin;
  }

  /** One admin and probe per partner, shared by concurrent callers (the status endpoint and the poller). */
  private partner(city: string): Promise<Partner | undefined> {
    const known = this.partners.get(city);
    if (known) return known;
    const pending = this.connectPartner(city);
    this.partners.set(city, pending);
    pending.catch(() => this.partners.delete(city));
    return pending;
  }

  private async connectPartner(city: string): Promise<Partner | undefined> {
    const kafka = this.partnerKafka(city);
    if (!kafka) return undefined;
    const admin = kafka.admin();
    await admin.connect();
    const probe = new ArrivalProbe(kafka, this.probeGroupPrefix, (topic, lagMs) => this.onArrival(city, topic, lagMs));
    return { kafka, admin, probe };
  }
}
