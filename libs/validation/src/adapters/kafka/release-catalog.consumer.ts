import type { Kafka } from 'kafkajs';
import type { DatasetReleaseEvent } from '@usm/contracts';
import type { AvroCodec } from '@usm/messaging';
import { ReplayedTopics } from '@usm/messaging';
import type { KnownRelease, ReleaseCatalog } from '../../application/ports';

/** This city's releases as `dataset.releases.v1` announced them (files and their SHA-256, purposes, sources). */
export class KafkaReleaseCatalog implements ReleaseCatalog {
  private readonly releases = new Map<string, KnownRelease>();
  private readonly replay: ReplayedTopics;

  constructor(kafka: Kafka, private readonly codec: AvroCodec, topic: string, groupPrefix: string) {
    this.replay = new ReplayedTopics(kafka, [topic], groupPrefix, (_topic, value) => this.apply(value));
  }

  get caughtUp(): boolean {
    return this.replay.caughtUp;
  }

  get(releaseId: string): KnownRelease | undefined {
    return this.releases.get(releaseId);
  }

  start(): Promise<void> {
    return this.replay.start();
  }

  stop(): Promise<void> {
    return this.replay.stop();
  }

  private async apply(value: Buffer | null): Promise<void> {
    const { value: event } = await this.codec.decode<DatasetReleaseEvent>(value);
    const data = Object.values(event.data as unknown as Record<string, Record<string, unknown>>)[0] ?? {};
    if (event.type === 'DatasetReleased') {
      const manifest = data['manifest'] as { files: { path: string; sha256: string }[] };
      const lineage = data['lineage'] as { sourceTopics: string[] };
      const releaseId = String(data['releaseId']);
      this.releases.set(releaseId, {
        releaseId,
        city: String(data['city']),
        purposes: [...(data['purposes'] as string[])],
        sourceTopics: [...lineage.sourceTopics],
        files: manifest.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
        status: 'published',
      });
    } else if (event.type === 'DatasetReleaseWithdrawn') {
      const current = this.releases.get(String(data['releaseId']));
      if (current) this.releases.set(current.releaseId, { ...current, status: 'withdrawn' });
    }
  }
}
