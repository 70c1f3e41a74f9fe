import { InMemoryEventStore } from '@usm/event-sourcing/testing';
import { granted, scope, subjectId, t0 } from '../domain/consent/consent.spec-fixtures';
import { SpecCommandHandler } from '../testing/spec-command-handler';
import { ConsentCommandsService } from './consent-commands.service';

describe('ConsentCommandsService over events stored before ConsentGranted v2', () => {
  const { jurisdiction: _notInV1, ...v1Data } = granted(t0, null).data;
  let store: InMemoryEventStore;
  let commands: ConsentCommandsService;

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.appendToStream(v1Data.consentId, 0, [{ type: 'ConsentGranted', data: v1Data }], { commandId: 'v1-grant', actor: 'desk', now: new Date(t0) });
    let next = 0;
    commands = new ConsentCommandsService(new SpecCommandHandler(store), { now: () => new Date(t0 + 1) }, { newId: () => `id-${(next += 1)}` }, { commandHandled: () => undefined });
  });

  it('folds the v1 grant with jurisdiction null, so the same grant again changes nothing', async () => {
    const grant = { legalBasis: 'consent', scope, noticeVersion: 'notice-3', jurisdiction: null, expiresAt: null } as const;
    await expect(commands.grant(subjectId, 'aiTraining', grant, { actor: 'desk' })).resolves.toMatchObject({ outcome: 'unchanged', version: 1 });
  });

  it('renews a v1 grant', async () => {
    await expect(commands.renew(subjectId, 'aiTraining', { noticeVersion: 'notice-4', expiresAt: null }, { actor: 'desk', expectedVersion: 1 })).resolves.toMatchObject({
      outcome: 'appended',
      version: 2,
      events: ['ConsentRenewed'],
    });
  });
});
