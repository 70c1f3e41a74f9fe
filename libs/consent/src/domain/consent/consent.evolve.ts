import type { ConsentEvent } from './consent.events';
import type { ConsentState } from './consent.state';

export const initialConsentState = (): ConsentState => ({ status: 'none' });

/** Folds one consent event into the state; an event that does not fit the state is ignored, never thrown. */
export function evolveConsent(state: ConsentState, event: ConsentEvent): ConsentState {
  switch (event.type) {
    case 'ConsentGranted': {
      const { consentId, subjectId, purpose, legalBasis, scope, noticeVersion, jurisdiction, grantedAt, expiresAt } = event.data;
      const terms = { consentId, subjectId, purpose, legalBasis, scope, noticeVersion, jurisdiction, grantedAt, expiresAt };
      return { status: 'granted', terms };
    }
    case 'ConsentRenewed':
      if (state.status !== 'granted') return state;
      return { status: 'granted', terms: { ...state.terms, noticeVersion: event.data.noticeVersion, expiresAt: event.data.expiresAt } };
    case 'ConsentRevoked':
      return state.status === 'granted' ? { status: 'revoked', terms: state.terms, revokedAt: event.data.revokedAt } : state;
    case 'ConsentExpired':
      return state.status === 'granted' ? { status: 'expired', terms: state.terms, expiredAt: event.data.expiredAt } : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
