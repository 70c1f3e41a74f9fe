import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SITES_DATA_SOURCE } from '../application/sites.tokens';

/** Closes the database pool on shutdown. */
@Injectable()
export class SitesLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SITES_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
