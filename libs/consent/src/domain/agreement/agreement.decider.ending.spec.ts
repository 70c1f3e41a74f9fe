import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { agreementDecider } from './agreement.decider';
import { AgreementErrorCode } from './agreement.errors';
import { histories, suspendCommand, suspended, terminateCommand, terminated } from './agreement.spec-fixtures';

const spec = DeciderSpecification.for(agreementDecider);

describe('Agreement decider: SuspendAgreement', () => {
  it('given an active agreement, when suspended, then AgreementSuspended with the reason code', () => {
    spec.given(histories.active).when(suspendCommand()).then([suspended()]);
  });

  it.each(['draft', 'proposed', 'signedByCity', 'signedByBoth', 'suspended'] as const)('given a %s agreement, when suspended, then refused as not active', (family) => {
    spec.given(histories[family]).when(suspendCommand()).thenThrows(RuleViolationError, AgreementErrorCode.NotActive);
  });

  it('given a terminated agreement, when suspended, then refused as terminated', () => {
    spec.given(histories.terminated).when(suspendCommand()).thenThrows(RuleViolationError, AgreementErrorCode.Terminated);
  });

  it('given no agreement, when suspended, then not found', () => {
    spec.given([]).when(suspendCommand()).thenThrows(NotFoundError, AgreementErrorCode.NotFound);
  });
});

describe('Agreement decider: TerminateAgreement', () => {
  it.each(['draft', 'proposed', 'signedByCity', 'signedByBoth', 'active', 'suspended'] as const)(
    'given a %s agreement, when terminated, then AgreementTerminated',
    (family) => {
      spec.given(histories[family]).when(terminateCommand()).then([terminated()]);
    },
  );

  it('given a terminated agreement, when terminated again, then refused: terminated is final', () => {
    spec.given(histories.terminated).when(terminateCommand()).thenThrows(RuleViolationError, AgreementErrorCode.Terminated);
  });

  it('given no agreement, when terminated, then not found', () => {
    spec.given([]).when(terminateCommand()).thenThrows(NotFoundError, AgreementErrorCode.NotFound);
  });
});
