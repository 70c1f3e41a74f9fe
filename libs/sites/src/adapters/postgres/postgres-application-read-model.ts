import type { DataSource } from 'typeorm';
import type { ApplicationReadModel } from '../../application/ports';
import type { ApplicationRow } from '../../domain/projection/applications.projection';

export class PostgresApplicationReadModel implements ApplicationReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async get(applicationId: string): Promise<ApplicationRow | undefined> {
    const [stored] = (await this.dataSource.query('SELECT row FROM site_applications WHERE application_id = $1', [applicationId])) as { row: ApplicationRow }[];
    return stored?.row;
  }

  async list(companyId: string | null): Promise<ApplicationRow[]> {
    const rows = (await this.dataSource.query(
      'SELECT row FROM site_applications WHERE ($1::text IS NULL OR company_id = $1) ORDER BY updated_at DESC, application_id LIMIT 1000',
      [companyId],
    )) as { row: ApplicationRow }[];
    return rows.map((stored) => stored.row);
  }
}
