import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { agreementDecider } from './agreement.decider';
import { AgreementErrorCode } from './agreement.errors';
import { histories, signCommand, signed } from './agreement.spec-fixtures';

const spec = DeciderSpecification.for(agreementDecider);

describe('Agreement decider: SignAgreement', () => {
  it.each(['city', 'partner'] as const)('given a proposed agreement, when the %s side signs, then AgreementSigned for that party', (party) => {
    spec.given(histories.proposed).when(signCommand(party)).then([signed(party)]);
  });

  it('given the city signed, when the partner signs, then AgreementSigned for the partner', () => {
    spec.given(histories.signedByCity).when(signCommand('partner')).then([signed('partner')]);
  });

  it('given the city signed, when the city signs again, then refused as already signed', () => {
    spec.given(histories.signedByCity).when(signCommand('city')).thenThrows(RuleViolationError, AgreementErrorCode.AlreadySigned);
  });

  it.each(['city', 'partner'] as const)('given both sides signed, when the %s side signs again, then refused as already signed', (party) => {
    spec.given(histories.signedByBoth).when(signCommand(party)).thenThrows(RuleViolationError, AgreementErrorCode.AlreadySigned);
  });

  it('given no agreement, when signed, then not found', () => {
    spec.given([]).when(signCommand('city')).thenThrows(NotFoundError, AgreementErrorCode.NotFound);
  });

  it.each(['draft', 'active', 'suspended'] as const)('given a %s agreement, when signed, then refused as not proposed', (family) => {
    spec.given(histories[family]).when(signCommand('partner')).thenThrows(RuleViolationError, AgreementErrorCode.NotProposed);
  });

  it('given a terminated agreement, when signed, then refused as terminated', () => {
    spec.given(histories.terminated).when(signCommand('city')).thenThrows(RuleViolationError, AgreementErrorCode.Terminated);
  });
});
