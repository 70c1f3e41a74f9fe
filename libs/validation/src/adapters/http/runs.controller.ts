import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, companyIdOf, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import type { Response } from 'express';
import type { LeaderboardReadModel } from '../../application/leaderboard.read-model';
import type { ValidationRegistry } from '../../application/registry.service';
import type { StoredRun } from '../../application/ports';
import type { ValidationRuns } from '../../application/validation-runs.service';
import { runNotFound } from '../../application/validation.errors';
import { LEADERBOARD, REGISTRY, RUNS } from '../../validation-service.tokens';

/** Runs (a company sees its own only) and the leaderboard. */
@ApiTags('results')
@Controller('v1')
export class RunsController {
  constructor(
    @Inject(RUNS) private readonly runs: ValidationRuns,
    @Inject(REGISTRY) private readonly registry: ValidationRegistry,
    @Inject(LEADERBOARD) private readonly leaderboard: LeaderboardReadModel,
  ) {}

  @Get('runs/:runId')
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'A run: its full result (hashes, scorer version, metrics) and threshold checks' })
  async get(@Param('runId') runId: string, @Caller() caller: Principal): Promise<object> {
    const run = await this.visible(runId, caller);
    return { runId: run.runId, result: run.result, checks: run.checks };
  }

  @Get('runs/:runId/predictions')
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'The predictions as scored (JSON Lines), whose SHA-256 the result names' })
  async predictions(@Param('runId') runId: string, @Caller() caller: Principal, @Res() res: Response): Promise<void> {
    const run = await this.visible(runId, caller);
    res.status(200).setHeader('content-type', 'application/x-ndjson').send(run.predictionsJsonl);
  }

  @Get('leaderboard')
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'Per benchmark and solution version: each city\'s verdict (and metrics where shared), cities passed, joint-testing pass and eligibility' })
  async board(): Promise<object[]> {
    return this.leaderboard.board(await this.registry.benchmarks());
  }

  private async visible(runId: string, caller: Principal): Promise<StoredRun> {
    const run = await this.runs.run(runId);
    // A partner realm's caller is not city staff: it sees no run (the route guard refuses it first).
    if (caller.partner) throw runNotFound(runId);
    const companyId = companyIdOf(caller);
    if (companyId !== null && companyId !== run.companyId) throw runNotFound(runId);
    return run;
  }
}
