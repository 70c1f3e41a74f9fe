import type { Decider } from '@usm/event-sourcing';
import type {
  ActivateAgreement,
  AgreementCommand,
  DraftAgreement,
  ProposeAgreement,
  SignAgreement,
  SuspendAgreement,
  TerminateAgreement,
} from './agreement.commands';
import { AgreementErrorCode, agreementNotFound, agreementRefused } from './agreement.errors';
import type { AgreementLifecycleEvent } from './agreement.events';
import { evolveAgreement, initialAgreementState } from './agreement.evolve';
import type { AgreementState } from './agreement.state';
import { bothParties, isWithinValidity } from './agreement.state';
import { assertDraftTerms } from './agreement-terms.rules';

export const initialState = initialAgreementState;
export const evolve = evolveAgreement;

type Events = readonly AgreementLifecycleEvent[];
type Existing = Exclude<AgreementState, { status: 'none' | 'terminated' }>;

export function draft(command: DraftAgreement, state: AgreementState): Events {
  const { agreementId, partner, topics, purposes, partnerRetentionDays, validity } = command.data;
  if (state.status !== 'none') throw agreementRefused(AgreementErrorCode.AlreadyExists, agreementId, 'the agreement already exists');
  assertDraftTerms(command);
  const draftedBy = command.metadata.actor;
  return [{ type: 'AgreementDrafted', data: { agreementId, partner, topics, purposes, partnerRetentionDays, validity, draftedBy } }];
}

export function propose(command: ProposeAgreement, state: AgreementState): Events {
  const current = existing(state, command.data.agreementId);
  if (current.status !== 'draft') throw refuse(command, AgreementErrorCode.NotDraft, 'only a draft can be proposed');
  const { actor, now } = command.metadata;
  return [{ type: 'AgreementProposed', data: { agreementId: command.data.agreementId, proposedBy: actor, proposedAt: now.getTime() } }];
}

export function sign(command: SignAgreement, state: AgreementState): Events {
  const current = existing(state, command.data.agreementId);
  const { agreementId, party, signatoryId } = command.data;
  if (current.status !== 'proposed') throw refuse(command, AgreementErrorCode.NotProposed, 'only a proposed agreement can be signed');
  if (current.signatures.includes(party)) throw refuse(command, AgreementErrorCode.AlreadySigned, `the ${party} side already signed`);
  return [{ type: 'AgreementSigned', data: { agreementId, party, signatoryId, signedAt: command.metadata.now.getTime() } }];
}

/** Activates a proposed agreement both sides signed, or resumes a suspended one, within its validity period. */
export function activate(command: ActivateAgreement, state: AgreementState): Events {
  const current = existing(state, command.data.agreementId);
  const now = command.metadata.now.getTime();
  switch (current.status) {
    case 'draft':
      throw refuse(command, AgreementErrorCode.NotProposed, 'a draft must be proposed and signed first');
    case 'active':
      throw refuse(command, AgreementErrorCode.AlreadyActive, 'the agreement is already active');
    case 'proposed':
      if (!bothParties.every((party) => current.signatures.includes(party))) {
        throw refuse(command, AgreementErrorCode.SignaturesMissing, 'both the city and the partner must sign first');
      }
      break;
    case 'suspended':
      break;
    default: {
      const unexpected: never = current;
      return unexpected;
    }
  }
  if (!isWithinValidity(current.terms.validity, now)) {
    throw refuse(command, AgreementErrorCode.OutsideValidity, 'now is outside the agreement validity period');
  }
  return [{ type: 'AgreementActivated', data: { agreementId: command.data.agreementId, activatedAt: now } }];
}

export function suspend(command: SuspendAgreement, state: AgreementState): Events {
  const current = existing(state, command.data.agreementId);
  if (current.status !== 'active') throw refuse(command, AgreementErrorCode.NotActive, 'only an active agreement can be suspended');
  const { agreementId, reasonCode } = command.data;
  return [{ type: 'AgreementSuspended', data: { agreementId, reasonCode, suspendedAt: command.metadata.now.getTime() } }];
}

export function terminate(command: TerminateAgreement, state: AgreementState): Events {
  existing(state, command.data.agreementId);
  const { agreementId, reasonCode } = command.data;
  return [{ type: 'AgreementTerminated', data: { agreementId, reasonCode, terminatedAt: command.metadata.now.getTime() } }];
}

export function decide(command: AgreementCommand, state: AgreementState): Events {
  switch (command.type) {
    case 'DraftAgreement':
      return draft(command, state);
    case 'ProposeAgreement':
      return propose(command, state);
    case 'SignAgreement':
      return sign(command, state);
    case 'ActivateAgreement':
      return activate(command, state);
    case 'SuspendAgreement':
      return suspend(command, state);
    case 'TerminateAgreement':
      return terminate(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The agreement aggregate as a decider. */
export const agreementDecider: Decider<AgreementCommand, AgreementLifecycleEvent, AgreementState> = { initialState, evolve, decide };

/** The state of an agreement that exists and is not terminated (terminated is final). */
function existing(state: AgreementState, agreementId: string): Existing {
  if (state.status === 'none') throw agreementNotFound(agreementId);
  if (state.status === 'terminated') throw agreementRefused(AgreementErrorCode.Terminated, agreementId, 'the agreement is terminated');
  return state;
}

function refuse(command: AgreementCommand, code: AgreementErrorCode, message: string) {
  return agreementRefused(code, command.data.agreementId, message);
}
