import type { AgreementLifecycleEvent } from './agreement.events';
import type { AgreementState } from './agreement.state';

export const initialAgreementState = (): AgreementState => ({ status: 'none' });

/** Folds one agreement event into the state; an event that does not fit the state is ignored, never thrown. */
export function evolveAgreement(state: AgreementState, event: AgreementLifecycleEvent): AgreementState {
  switch (event.type) {
    case 'AgreementDrafted': {
      const { agreementId, partner, validity } = event.data;
      return state.status === 'none' ? { status: 'draft', terms: { agreementId, partner, validity } } : state;
    }
    case 'AgreementProposed':
      return state.status === 'draft' ? { status: 'proposed', terms: state.terms, signatures: [] } : state;
    case 'AgreementSigned':
      if (state.status !== 'proposed' || state.signatures.includes(event.data.party)) return state;
      return { ...state, signatures: [...state.signatures, event.data.party] };
    case 'AgreementActivated':
      return state.status === 'proposed' || state.status === 'suspended' ? { status: 'active', terms: state.terms } : state;
    case 'AgreementSuspended':
      return state.status === 'active' ? { status: 'suspended', terms: state.terms } : state;
    case 'AgreementTerminated':
      return state.status === 'none' || state.status === 'terminated' ? state : { status: 'terminated', terms: state.terms };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
