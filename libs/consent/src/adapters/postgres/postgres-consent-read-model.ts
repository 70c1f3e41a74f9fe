import type { DataSource } from 'typeorm';
import { LessThanOrEqual } from 'typeorm';
import type { DataPurpose } from '@usm/contracts';
import type { ConsentReadModel } from '../../application/ports';
import type { ConsentCurrentRow } from '../../domain/consent/consent-current.projection';
import type { ConsentHistoryRow } from '../../domain/consent/consent-history.projection';
import { ConsentCurrentEntity } from './consent-current.entity';
import { ConsentHistoryEntity } from './consent-history.entity';

/** Consent queries over the PostgreSQL read models. */
export class PostgresConsentReadModel implements ConsentReadModel {
  constructor(private readonly dataSource: DataSource) {}

  currentConsent(subjectId: string, purpose: DataPurpose): Promise<ConsentCurrentRow | null> {
    return this.dataSource.getRepository(ConsentCurrentEntity).findOneBy({ subjectId, purpose });
  }

  consentHistory(subjectId: string, purpose?: DataPurpose): Promise<readonly ConsentHistoryRow[]> {
    return this.dataSource.getRepository(ConsentHistoryEntity).find({
      where: purpose === undefined ? { subjectId } : { subjectId, purpose },
      order: { purpose: 'ASC', version: 'ASC' },
    });
  }

  async dueForExpiry(at: Date, limit: number): Promise<readonly ConsentCurrentRow[]> {
    // TypeORM reads `take: 0` as "no limit".
    if (limit <= 0) return [];
    return this.dataSource.getRepository(ConsentCurrentEntity).find({
      where: { status: 'granted', expiresAt: LessThanOrEqual(at) },
      order: { expiresAt: 'ASC' },
      take: limit,
    });
  }
}
