import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { HealthCheckResult } from '@nestjs/terminus';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@usm/security';
import { HealthChecks } from './health-checks';

/**
 * `GET /health/live`: 200 while the process runs (event loop responsive). `GET /health/ready`: 200 when
 * every readiness check is up, 503 with the same report otherwise. Both answer without a token (probes).
 */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthChecks,
  ) {}

  @Get('ready')
  @Public()
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.checks.indicatorFunctions());
  }

  @Get('live')
  @Public()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check(this.checks.livenessFunctions());
  }
}
