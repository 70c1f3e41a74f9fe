import type { DataPurpose } from '@usm/contracts';
import type { RecordedEvent } from '@usm/event-sourcing';
import type { AgreementReadModel, ConsentReadModel } from '../application/ports';
import type { AgreementRow } from '../domain/agreement/agreements-current.projection';
import type { ConsentCurrentRow } from '../domain/consent/consent-current.projection';
import type { ConsentHistoryRow } from '../domain/consent/consent-history.projection';
import { projectLedger } from './project-ledger';

/** Where the in-memory read models read events from: the in-memory event store's log. */
export interface EventLog {
  allEvents(): readonly RecordedEvent[];
}

const byExpiry = (a: ConsentCurrentRow, b: ConsentCurrentRow): number => (a.expiresAt?.getTime() ?? 0) - (b.expiresAt?.getTime() ?? 0);

/** The ledger's read models in memory, for specs: each query projects the store's whole log afresh. */
export class InMemoryLedgerReadModels implements ConsentReadModel, AgreementReadModel {
  constructor(private readonly log: EventLog) {}

  async currentConsent(subjectId: string, purpose: DataPurpose): Promise<ConsentCurrentRow | null> {
    return this.rows().consentCurrent.find((row) => row.subjectId === subjectId && row.purpose === purpose) ?? null;
  }

  async consentHistory(subjectId: string, purpose?: DataPurpose): Promise<readonly ConsentHistoryRow[]> {
    return this.rows()
      .consentHistory.filter((row) => row.subjectId === subjectId && (purpose === undefined || row.purpose === purpose))
      .sort((a, b) => a.purpose.localeCompare(b.purpose) || a.version - b.version);
  }

  async dueForExpiry(at: Date, limit: number): Promise<readonly ConsentCurrentRow[]> {
    const due = this.rows().consentCurrent.filter((row) => row.status === 'granted' && row.expiresAt !== null && row.expiresAt.getTime() <= at.getTime());
    return due.sort(byExpiry).slice(0, limit);
  }

  async findAgreement(agreementId: string): Promise<AgreementRow | null> {
    return this.rows().agreements.find((row) => row.agreementId === agreementId) ?? null;
  }

  async activeAgreements(partnerId?: string): Promise<readonly AgreementRow[]> {
    return this.rows()
      .agreements.filter((row) => row.status === 'active' && (partnerId === undefined || row.partnerId === partnerId))
      .sort((a, b) => a.agreementId.localeCompare(b.agreementId));
  }

  private rows() {
    return projectLedger(this.log.allEvents());
  }
}
