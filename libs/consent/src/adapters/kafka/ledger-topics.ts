import { topicCatalog } from '@usm/contracts';

/** Topics the ledger publishes and projects; the catalog's, unless a test brings its own. */
export interface LedgerTopics {
  readonly consentRecords: string;
  readonly agreements: string;
}

export const catalogLedgerTopics: LedgerTopics = {
  consentRecords: topicCatalog.consentRecords.name,
  agreements: topicCatalog.agreements.name,
};
