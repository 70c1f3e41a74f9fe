import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { HealthChecks } from '@usm/observability';
import { DataSource } from 'typeorm';
import { SITES_DATA_SOURCE } from '../application/sites.tokens';

/** Readiness of the sites service: its database answers (it needs no Kafka and no registry). */
@Injectable()
export class SitesHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    @Inject(SITES_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.checks.register('database', { check: (key) => this.ping(key, 2_000) });
  }

  private async ping(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const session = this.results.check(key);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'database unreachable' });
    }
  }
}
