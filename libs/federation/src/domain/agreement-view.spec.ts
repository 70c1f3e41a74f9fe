import { AgreementStream } from '../testing/agreement-events';
import type { AgreementView } from './agreement-view';
import { agreementsOf, evolveAgreementView, initialAgreementView } from './agreement-view';
import type { AgreementEvent } from '@usm/contracts';

const anonymised = 'safety.events.anonymised.v1';
const fold = (events: readonly AgreementEvent[], view: AgreementView = initialAgreementView) => events.reduce(evolveAgreementView, view);

describe('evolveAgreementView', () => {
  it('learns partner, partner kind and topics from the draft, and follows the status', () => {
    const stream = new AgreementStream('agr-1');
    const drafted = fold([stream.drafted('barcelona', [anonymised])]);
    expect(drafted['agr-1']).toEqual({ agreementId: 'agr-1', partner: 'barcelona', partnerKind: 'city', topics: [anonymised], status: 'draft', validUntil: null, version: 1 });
    expect(fold([stream.proposed(), stream.signed('city'), stream.signed('partner')], drafted)['agr-1']?.status).toBe('proposed');
  });

  it.each([
    ['activated', (s: AgreementStream) => [...s.inForce('barcelona', [anonymised])], 'active'],
    ['suspended', (s: AgreementStream) => [...s.inForce('barcelona', [anonymised]), s.suspended()], 'suspended'],
    ['re-activated', (s: AgreementStream) => [...s.inForce('barcelona', [anonymised]), s.suspended(), s.activated()], 'active'],
    ['terminated while active', (s: AgreementStream) => [...s.inForce('barcelona', [anonymised]), s.terminated()], 'terminated'],
    ['terminated while a draft', (s: AgreementStream) => [s.drafted('barcelona', [anonymised]), s.terminated()], 'terminated'],
  ] as const)('is %s', (_name, events, status) => {
    expect(fold(events(new AgreementStream('agr-1')))['agr-1']?.status).toBe(status);
  });

  it('never brings a terminated agreement back', () => {
    const stream = new AgreementStream('agr-1');
    const view = fold([...stream.inForce('barcelona', [anonymised]), stream.terminated(), stream.activated()]);
    expect(view['agr-1']?.status).toBe('terminated');
  });

  it('ignores events of an agreement it never saw drafted, and a suspension of an agreement not in force', () => {
    const stream = new AgreementStream('agr-1');
    const orphan = new AgreementStream('agr-2');
    orphan.drafted('osaka', [anonymised]);
    const view = fold([stream.drafted('barcelona', [anonymised]), stream.suspended(), orphan.activated()]);
    expect(view['agr-1']?.status).toBe('draft');
    expect(view['agr-2']).toBeUndefined();
  });

  it('ignores a redelivered or older event, so a replay is idempotent', () => {
    const stream = new AgreementStream('agr-1');
    const events = stream.inForce('barcelona', [anonymised]);
    const suspended = stream.suspended();
    const view = fold([...events, suspended]);
    expect(fold([events[4] as AgreementEvent, suspended], view)).toBe(view);
    expect(fold([...events, suspended, ...events, suspended])).toEqual(view);
  });

  it('lists agreements in id order', () => {
    const view = fold([...new AgreementStream('b').inForce('osaka', [anonymised]), new AgreementStream('a').drafted('barcelona', [anonymised])]);
    expect(agreementsOf(view).map((a) => a.agreementId)).toEqual(['a', 'b']);
  });
});
