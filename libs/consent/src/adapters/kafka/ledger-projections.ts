import type { AgreementEvent, ConsentRecordEvent } from '@usm/contracts';
import type { Projection } from '@usm/event-sourcing';
import type { AgreementRow } from '../../domain/agreement/agreements-current.projection';
import { evolveAgreementRow } from '../../domain/agreement/agreements-current.projection';
import type { ConsentCurrentRow } from '../../domain/consent/consent-current.projection';
import { evolveConsentCurrent } from '../../domain/consent/consent-current.projection';
import type { ConsentHistoryRow } from '../../domain/consent/consent-history.projection';
import { evolveConsentHistory } from '../../domain/consent/consent-history.projection';
import { fromAgreementRecordValue } from './agreement-record.mapping';
import { fromConsentRecordValue } from './consent-record.mapping';
import type { LedgerTopics } from './ledger-topics';
import { catalogLedgerTopics } from './ledger-topics';

/** `consent_current`, one row per consent id. */
export function consentCurrentProjection(topics: LedgerTopics = catalogLedgerTopics): Projection<ConsentRecordEvent, ConsentCurrentRow> {
  return {
    name: 'consent_current',
    topics: [topics.consentRecords],
    keyOf: ({ value }) => ({ consentId: value.metadata.aggregateId }),
    evolve: (row, { value }) => evolveConsentCurrent(row, fromConsentRecordValue(value)),
  };
}

/** `consent_history`, one row per consent event. */
export function consentHistoryProjection(topics: LedgerTopics = catalogLedgerTopics): Projection<ConsentRecordEvent, ConsentHistoryRow> {
  return {
    name: 'consent_history',
    topics: [topics.consentRecords],
    keyOf: ({ value }) => ({ consentId: value.metadata.aggregateId, version: value.metadata.aggregateVersion }),
    evolve: (row, { value }) => evolveConsentHistory(row, fromConsentRecordValue(value)),
  };
}

/** `agreements_current`, one row per agreement id. */
export function agreementsCurrentProjection(topics: LedgerTopics = catalogLedgerTopics): Projection<AgreementEvent, AgreementRow> {
  return {
    name: 'agreements_current',
    topics: [topics.agreements],
    keyOf: ({ value }) => ({ agreementId: value.metadata.aggregateId }),
    evolve: (row, { value }) => evolveAgreementRow(row, fromAgreementRecordValue(value)),
  };
}
