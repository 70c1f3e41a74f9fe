import { Inject, Injectable } from '@nestjs/common';
import { applicationNotFound } from '../domain/application/application.errors';
import type { ApplicationRow } from '../domain/projection/applications.projection';
import type { ApplicationReadModel } from './ports';
import { APPLICATION_READ_MODEL } from './sites.tokens';

/** Reads applications from their read model. */
@Injectable()
export class ApplicationQueriesService {
  constructor(@Inject(APPLICATION_READ_MODEL) private readonly applications: ApplicationReadModel) {}

  async get(applicationId: string): Promise<ApplicationRow> {
    const row = await this.applications.get(applicationId);
    if (!row) throw applicationNotFound(applicationId);
    return row;
  }

  list(companyId: string | null): Promise<ApplicationRow[]> {
    return this.applications.list(companyId);
  }
}
