import type { StreamRoute } from '@usm/event-sourcing';
import type { AgreementLifecycleEvent } from '../../domain/agreement/agreement.events';
import { agreementIdOf } from '../../domain/agreement/agreement-stream-id';
import type { ConsentEvent } from '../../domain/consent/consent.events';
import { toAgreementRecordValue } from './agreement-record.mapping';
import { toConsentRecordValue } from './consent-record.mapping';
import type { LedgerTopics } from './ledger-topics';
import { catalogLedgerTopics } from './ledger-topics';

/** `consent-…` streams go to the consent records topic, keyed by consent id (= stream id). */
export function consentRecordsRoute(topics: LedgerTopics = catalogLedgerTopics): StreamRoute<ConsentEvent> {
  return { category: 'consent', topic: topics.consentRecords, toValue: toConsentRecordValue };
}

/** `agreement-…` streams go to the agreements topic, keyed by agreement id. */
export function agreementsRoute(topics: LedgerTopics = catalogLedgerTopics): StreamRoute<AgreementLifecycleEvent> {
  return { category: 'agreement', topic: topics.agreements, toValue: toAgreementRecordValue, keyOf: (event) => agreementIdOf(event.streamId) };
}

/** Every stream route of the ledger, for the outbox relay. */
export function ledgerStreamRoutes(topics: LedgerTopics = catalogLedgerTopics): readonly StreamRoute[] {
  return [consentRecordsRoute(topics), agreementsRoute(topics)] as readonly StreamRoute[];
}
