import { anonymisedEvent } from '../testing/anonymised-events.fixture';
import { FixedSolutionRegistry, InMemoryAnnotatableEvents, InMemoryLabelStore, RecordingLabelPublisher } from '../testing/in-memory-labels-ports';
import { ModelLabelsErrorCode, ModelLabelsService } from './model-labels.service';

const clock = { now: () => new Date(Date.UTC(2026, 11, 4, 12)) };
const own = '00000000-0000-4000-8000-000000000001';
const request = { solutionId: 'poom-guardian', version: '1.2.0', guidelineVersion: 'g1', labels: [{ eventId: own, label: 'speedingNearSchool', confidence: 0.83 }] };

async function serviceWith(registry: FixedSolutionRegistry | null) {
  const events = new InMemoryAnnotatableEvents();
  await events.keep(anonymisedEvent({ eventId: own }));
  const publisher = new RecordingLabelPublisher();
  return { service: new ModelLabelsService('incheon', registry, events, publisher, new InMemoryLabelStore(), clock), publisher };
}

describe('model labels', () => {
  it('publishes a registered solution version\'s labels with its id, version and confidence, asking the registry with the caller\'s token', async () => {
    const registry = new FixedSolutionRegistry(['poom-guardian@1.2.0']);
    const { service, publisher } = await serviceWith(registry);
    const [label] = await service.submit(request, 'token-of-poom');
    expect(label).toMatchObject({ eventId: own, label: 'speedingNearSchool', solutionId: 'poom-guardian', provenance: { labellerKind: 'model', labellerId: 'poom-guardian', labellerVersion: '1.2.0', confidence: 0.83 } });
    expect((await service.submit(request, 'token-of-poom'))[0]?.labelId).toBe(label?.labelId);
    expect(publisher.published).toHaveLength(2);
    expect(registry.asked).toEqual(['token-of-poom', 'token-of-poom']);
  });

  it('refuses with a clear error when no validation service is configured', async () => {
    const { service, publisher } = await serviceWith(null);
    await expect(service.submit(request, 't')).rejects.toMatchObject({ code: ModelLabelsErrorCode.RegistryNotConfigured, message: expect.stringContaining('no validation service') });
    expect(publisher.published).toEqual([]);
  });

  it('refuses an unregistered version, events outside the city\'s anonymised stream, and terms outside the taxonomy', async () => {
    const { service, publisher } = await serviceWith(new FixedSolutionRegistry(['poom-guardian@1.0.0']));
    await expect(service.submit(request, 't')).rejects.toMatchObject({ code: ModelLabelsErrorCode.NotRegistered });
    await expect(service.submit({ ...request, labels: [{ eventId: '00000000-0000-4000-8000-00000000dead', label: 'noHazard', confidence: 1 }] }, 't')).rejects.toMatchObject({ code: ModelLabelsErrorCode.UnknownEvents });
    await expect(service.submit({ ...request, labels: [{ eventId: own, label: 'confirmedIncident', confidence: 1 }] }, 't')).rejects.toMatchObject({ violations: [expect.objectContaining({ rule: 'label.taxonomy' })] });
    expect(publisher.published).toEqual([]);
  });
});
