import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { agreementDecider } from './agreement.decider';
import { AgreementErrorCode } from './agreement.errors';
import { activateCommand, activated, histories, validFrom, validUntil } from './agreement.spec-fixtures';

const spec = DeciderSpecification.for(agreementDecider);

describe('Agreement decider: ActivateAgreement', () => {
  it('given both parties signed, when activated within validity, then AgreementActivated at now', () => {
    spec.given(histories.signedByBoth).when(activateCommand(validFrom)).then([activated(validFrom)]);
  });

  it('given a suspended agreement, when activated within validity, then it resumes', () => {
    spec.given(histories.suspended).when(activateCommand(validUntil - 1)).then([activated(validUntil - 1)]);
  });

  it.each([
    ['before the period', validFrom - 1],
    ['at its exclusive end', validUntil],
  ])('given both parties signed, when activated %s, then refused as outside validity', (_when, now) => {
    spec.given(histories.signedByBoth).when(activateCommand(now)).thenThrows(RuleViolationError, AgreementErrorCode.OutsideValidity);
  });

  it('given a suspended agreement, when resumed after the period, then refused as outside validity', () => {
    spec.given(histories.suspended).when(activateCommand(validUntil + 1)).thenThrows(RuleViolationError, AgreementErrorCode.OutsideValidity);
  });

  it.each(['proposed', 'signedByCity'] as const)('given a %s agreement, when activated, then refused as missing signatures', (family) => {
    spec.given(histories[family]).when(activateCommand()).thenThrows(RuleViolationError, AgreementErrorCode.SignaturesMissing);
  });

  it('given a draft, when activated, then refused as not proposed', () => {
    spec.given(histories.draft).when(activateCommand()).thenThrows(RuleViolationError, AgreementErrorCode.NotProposed);
  });

  it('given an active agreement, when activated, then refused as already active', () => {
    spec.given(histories.active).when(activateCommand()).thenThrows(RuleViolationError, AgreementErrorCode.AlreadyActive);
  });

  it('given a terminated agreement, when activated, then refused as terminated (final)', () => {
    spec.given(histories.terminated).when(activateCommand()).thenThrows(RuleViolationError, AgreementErrorCode.Terminated);
  });

  it('given no agreement, when activated, then not found', () => {
    spec.given([]).when(activateCommand()).thenThrows(NotFoundError, AgreementErrorCode.NotFound);
  });
});
