import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { agreementDecider } from './agreement.decider';
import { AgreementErrorCode } from './agreement.errors';
import { draftCommand, drafted, histories, proposeCommand, proposed, validFrom } from './agreement.spec-fixtures';

const spec = DeciderSpecification.for(agreementDecider);

describe('Agreement decider: DraftAgreement', () => {
  it('given no agreement, when drafted, then AgreementDrafted by the actor', () => {
    spec.given([]).when(draftCommand()).then([drafted]);
  });

  it.each(Object.entries(histories).filter(([family]) => family !== 'none'))('given a %s agreement, when drafted again, then refused as existing', (_f, given) => {
    spec.given(given).when(draftCommand()).thenThrows(RuleViolationError, AgreementErrorCode.AlreadyExists);
  });

  it.each([
    ['no topic', { topics: [] }, AgreementErrorCode.NoTopics],
    ['a topic that never leaves the city', { topics: ['consent.records.v1'] }, AgreementErrorCode.TopicNotShareable],
    ['a topic outside the catalog', { topics: ['made.up.v1'] }, AgreementErrorCode.TopicNotShareable],
    ['no purpose', { purposes: [] }, AgreementErrorCode.NoPurposes],
    ['a zero retention', { partnerRetentionDays: 0 }, AgreementErrorCode.InvalidRetention],
    ['a fractional retention', { partnerRetentionDays: 1.5 }, AgreementErrorCode.InvalidRetention],
    ['an empty validity period', { validity: { validFrom, validUntil: validFrom } }, AgreementErrorCode.InvalidValidity],
  ])('given no agreement, when drafted with %s, then refused', (_what, overrides, code) => {
    spec.given([]).when(draftCommand(overrides)).thenThrows(RuleViolationError, code);
  });

  it('given no agreement, when drafted open-ended, then AgreementDrafted with no end', () => {
    const open = { validFrom, validUntil: null };
    spec.given([]).when(draftCommand({ validity: open })).then([{ ...drafted, data: { ...drafted.data, validity: open } } as typeof drafted]);
  });
});

describe('Agreement decider: ProposeAgreement', () => {
  it('given a draft, when proposed, then AgreementProposed by the actor at now', () => {
    spec.given(histories.draft).when(proposeCommand()).then([proposed()]);
  });

  it('given no agreement, when proposed, then not found', () => {
    spec.given([]).when(proposeCommand()).thenThrows(NotFoundError, AgreementErrorCode.NotFound);
  });

  it.each(['proposed', 'signedByCity', 'signedByBoth', 'active', 'suspended'] as const)('given a %s agreement, when proposed, then refused as not a draft', (family) => {
    spec.given(histories[family]).when(proposeCommand()).thenThrows(RuleViolationError, AgreementErrorCode.NotDraft);
  });

  it('given a terminated agreement, when proposed, then refused as terminated', () => {
    spec.given(histories.terminated).when(proposeCommand()).thenThrows(RuleViolationError, AgreementErrorCode.Terminated);
  });
});
