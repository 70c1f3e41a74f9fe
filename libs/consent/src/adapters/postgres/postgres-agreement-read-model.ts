import type { DataSource } from 'typeorm';
import type { AgreementReadModel } from '../../application/ports';
import type { AgreementRow } from '../../domain/agreement/agreements-current.projection';
import { AgreementsCurrentEntity } from './agreements-current.entity';

/** Agreement queries over the PostgreSQL read model. */
export class PostgresAgreementReadModel implements AgreementReadModel {
  constructor(private readonly dataSource: DataSource) {}

  findAgreement(agreementId: string): Promise<AgreementRow | null> {
    return this.dataSource.getRepository(AgreementsCurrentEntity).findOneBy({ agreementId });
  }

  activeAgreements(partnerId?: string): Promise<readonly AgreementRow[]> {
    return this.dataSource.getRepository(AgreementsCurrentEntity).find({
      where: partnerId === undefined ? { status: 'active' } : { status: 'active', partnerId },
      order: { agreementId: 'ASC' },
    });
  }
}
