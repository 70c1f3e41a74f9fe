export * from './consent.module';
export * from './consent.options';
export * from './consent.tokens';
export * from './ledger-event-sourcing';
export type { LedgerTopics } from './adapters/kafka/ledger-topics';
export { serveLedgerOpenApi } from './adapters/http/ledger-openapi';
export type { LegalBasisGate, Clock, IdGenerator } from './application/ports';
export { ConsentLegalBasisGate } from './application/consent-legal-basis.gate';
export type { ProcessingContext } from './domain/legal-basis/legal-basis.policy';
export { purposesWithoutConsent } from './domain/legal-basis/legal-basis.policy';
export type { ConsentView } from './domain/consent/consent-view';
export { consentStreamId } from './domain/consent/consent-stream-id';
export type { ConsentEvent, ConsentGranted, ConsentRevoked, ConsentExpired, ConsentRenewed } from './domain/consent/consent.events';
export type {
  AgreementLifecycleEvent,
  AgreementDrafted,
  AgreementProposed,
  AgreementSigned,
  AgreementActivated,
  AgreementSuspended,
  AgreementTerminated,
} from './domain/agreement/agreement.events';
