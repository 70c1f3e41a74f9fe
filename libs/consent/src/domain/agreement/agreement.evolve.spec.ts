import { foldEvents } from '@usm/event-sourcing';
import { agreementDecider } from './agreement.decider';
import type { AgreementLifecycleEvent } from './agreement.events';
import { activated, drafted, histories, proposed, signed, suspended, terminated } from './agreement.spec-fixtures';

const fold = (events: readonly AgreementLifecycleEvent[]) => foldEvents(agreementDecider, events);

describe('Agreement evolve', () => {
  it.each([
    ['none', histories.none],
    ['draft', histories.draft],
    ['proposed', histories.signedByBoth],
    ['active', histories.active],
    ['suspended', histories.suspended],
    ['terminated', histories.terminated],
  ])('folds to %s', (status, events) => {
    expect(fold(events).status).toBe(status);
  });

  it('records signatures once per party', () => {
    expect(fold([drafted, proposed(), signed('city'), signed('city')])).toMatchObject({ signatures: ['city'] });
  });

  it.each([
    ['an activation of a draft', [drafted, activated()], 'draft'],
    ['a signature on a draft', [drafted, signed('city')], 'draft'],
    ['anything after termination', [drafted, terminated(), proposed(), activated(), suspended()], 'terminated'],
    ['a termination with no draft', [terminated()], 'none'],
    ['a second draft', [drafted, proposed(), drafted], 'proposed'],
  ])('ignores %s instead of throwing', (_what, events, status) => {
    expect(fold(events).status).toBe(status);
  });
});
