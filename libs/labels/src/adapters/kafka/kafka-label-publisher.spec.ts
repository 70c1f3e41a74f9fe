import { ValidationError } from '@usm/errors';
import type { AvroPublisher } from '@usm/messaging';
import type { StoredLabel } from '../../application/ports';
import { KafkaLabelPublisher } from './kafka-label-publisher';

const label: StoredLabel = {
  labelId: '00000000-0000-4000-8000-0000000000aa',
  eventId: '00000000-0000-4000-8000-000000000001',
  city: 'incheon',
  label: 'noHazard',
  provenance: { labellerKind: 'human', labellerId: 'c1d2e3f4-0000-4000-8000-000000000001', labellerVersion: null, confidence: 1, guidelineVersion: 'child-commute-2026.1', labelledAt: 0 },
  ruleId: null,
  solutionId: null,
};

function publisherSpy() {
  const sent: { topic: string; records: unknown[] }[] = [];
  const avro = { publish: (topic: string, records: unknown[]) => Promise.resolve(void sent.push({ topic, records })) } as unknown as AvroPublisher;
  return { sent, publisher: new KafkaLabelPublisher(avro, 'safety.labels.v1') };
}

describe('KafkaLabelPublisher', () => {
  it('publishes a label whose every string follows its closed format, keyed by the event id', async () => {
    const { sent, publisher } = publisherSpy();
    await publisher.publish([label]);
    expect(sent).toEqual([{ topic: 'safety.labels.v1', records: [expect.objectContaining({ key: label.eventId })] }]);
  });

  it('publishes nothing of a batch holding one label with free text, a task opened before labels were closed', async () => {
    const { sent, publisher } = publisherSpy();
    const leaky: StoredLabel = { ...label, label: 'Hong Gildong 010-9876-5432', provenance: { ...label.provenance, guidelineVersion: 'Hong Gildong M12345678' } };
    await expect(publisher.publish([label, leaky])).rejects.toBeInstanceOf(ValidationError);
    await expect(publisher.publish([leaky])).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'label', rule: 'label.taxonomy' }), expect.objectContaining({ field: 'provenance.guidelineVersion', rule: 'version.token' })] });
    expect(sent).toEqual([]);
  });
});
