import { agreementDraft, neededAgreements, reusableAgreement } from './agreement-plan';

describe('agreement plan', () => {
  it('needs one agreement per ordered pair of cities, so replication flows both ways', () => {
    expect(neededAgreements(['incheon', 'barcelona'])).toEqual([{ source: 'incheon', partner: 'barcelona' }, { source: 'barcelona', partner: 'incheon' }]);
    expect(neededAgreements(['incheon', 'barcelona', 'hamburg', 'osaka', 'kaohsiung', 'gwangju'])).toHaveLength(30);
    expect(neededAgreements(['incheon'])).toEqual([]);
  });

  it('reuses an agreement in force with the partner that covers every topic', () => {
    const active = [
      { agreementId: 'a-1', partnerId: 'osaka', topics: ['t1', 't2'] },
      { agreementId: 'a-2', partnerId: 'barcelona', topics: ['t1', 't2', 't3'] },
    ];
    expect(reusableAgreement(active, 'barcelona', ['t1', 't3'])?.agreementId).toBe('a-2');
  });

  it('signs a new one when the partner\'s agreements miss a topic, or only another partner has one', () => {
    const active = [{ agreementId: 'a-1', partnerId: 'barcelona', topics: ['t1'] }, { agreementId: 'a-2', partnerId: 'osaka', topics: ['t1', 't2'] }];
    expect(reusableAgreement(active, 'barcelona', ['t1', 't2'])).toBeUndefined();
    expect(reusableAgreement([], 'barcelona', ['t1'])).toBeUndefined();
  });

  it('drafts a city partnership over the topics for AI training and validation', () => {
    expect(agreementDraft('barcelona', ['t1'], '2026-01-01T00:00:00Z')).toEqual({
      partner: { partnerId: 'barcelona', name: 'Barcelona city', kind: 'city' },
      topics: ['t1'],
      purposes: ['aiTraining', 'aiValidation'],
      partnerRetentionDays: 30,
      validity: { validFrom: '2026-01-01T00:00:00Z', validUntil: null },
    });
  });
});
