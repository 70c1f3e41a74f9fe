import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { ValidationRegistry } from '../../application/registry.service';
import type { RunOutcome, ValidationRuns } from '../../application/validation-runs.service';
import { releaseNotUsable, releaseUnknown } from '../../application/validation.errors';
import type { ReleaseCatalog } from '../../application/ports';
import type { BenchmarkState } from '../../domain/benchmark/benchmark.state';
import { CITY, REGISTRY, RELEASE_CATALOG, RUNS } from '../../validation-service.tokens';
import { actorOf, runCallerOf } from './caller-of';
import { adoptionRequest, benchmarkRequest, hostedRunRequest, parseRequest, runQuery } from './requests';

const viewOf = (state: BenchmarkState) => (state.status === 'none' ? null : { status: state.status, ...state.benchmark });

/** Benchmarks, their adoption on this city's release, the test features for companies, and runs in both modes. */
@ApiTags('benchmarks')
@Controller('v1/benchmarks')
export class BenchmarksController {
  constructor(
    @Inject(CITY) private readonly city: string,
    @Inject(REGISTRY) private readonly registry: ValidationRegistry,
    @Inject(RUNS) private readonly runs: ValidationRuns,
    @Inject(RELEASE_CATALOG) private readonly releases: ReleaseCatalog,
  ) {}

  @Post()
  @HttpCode(201)
  @RequiresRole('benchmarks:manage')
  @ApiOperation({ summary: 'Define a benchmark: task, labels, thresholds, criteria version, sharing policy (full|passFail), minimum cities' })
  async define(@Body() body: unknown, @Caller() caller: Principal): Promise<object | null> {
    const definition = parseRequest(benchmarkRequest, body, 'body');
    return viewOf(await this.registry.defineBenchmark(definition, { commandId: randomUUID(), actor: actorOf(caller), now: new Date() }));
  }

  @Post(':benchmarkId/adoptions')
  @HttpCode(201)
  @RequiresRole('benchmarks:manage')
  @ApiOperation({ summary: "Adopt the benchmark in this city on one of its own published releases (its test split)" })
  async adopt(@Param('benchmarkId') benchmarkId: string, @Body() body: unknown, @Caller() caller: Principal): Promise<object | null> {
    const { releaseId } = parseRequest(adoptionRequest, body, 'body');
    const release = this.releases.get(releaseId);
    if (!release) throw releaseUnknown(releaseId);
    if (release.city !== this.city || release.status !== 'published') throw releaseNotUsable(releaseId, 'a city adopts a benchmark on its own published release');
    return viewOf(await this.registry.adoptBenchmark(benchmarkId, this.city, releaseId, { commandId: randomUUID(), actor: actorOf(caller), now: new Date() }));
  }

  @Get()
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'Every benchmark defined in this city' })
  list(): Promise<object[]> {
    return this.registry.benchmarks();
  }

  @Get(':benchmarkId/features')
  @RequiresRole('validation:submit')
  @ApiOperation({ summary: 'The test split of this city\'s adopted release without labels, as JSON Lines {eventId, features}; 403 where the datasets service would refuse the download (no agreement)' })
  async features(@Param('benchmarkId') benchmarkId: string, @Caller() caller: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { releaseId, jsonl } = await this.runs.features(benchmarkId, runCallerOf(caller, req));
    res.status(200).setHeader('content-type', 'application/x-ndjson').setHeader('x-release-id', releaseId).send(jsonl);
  }

  @Post(':benchmarkId/runs')
  @HttpCode(201)
  @RequiresRole('validation:submit')
  @ApiOperation({ summary: 'Predictions mode: upload JSON Lines {eventId, label, scores?} (content-type application/x-ndjson) for ?solutionId=&version=' })
  async submit(@Param('benchmarkId') benchmarkId: string, @Query() query: unknown, @Body() body: unknown, @Caller() caller: Principal, @Req() req: Request): Promise<RunOutcome> {
    const { solutionId, version } = parseRequest(runQuery, query, 'query');
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
    return this.runs.submitPredictions({ benchmarkId, solutionId, version }, text, runCallerOf(caller, req));
  }

  @Post(':benchmarkId/hosted-runs')
  @HttpCode(201)
  @RequiresRole('validation:run')
  @ApiOperation({ summary: 'Hosted mode: the city calls the solution\'s inference endpoint (docs/validation/inference-api.yaml) with each test event and measures latency' })
  async hosted(@Param('benchmarkId') benchmarkId: string, @Body() body: unknown, @Caller() caller: Principal, @Req() req: Request): Promise<RunOutcome> {
    const { solutionId, version, endpointUrl } = parseRequest(hostedRunRequest, body, 'body');
    return this.runs.runHosted({ benchmarkId, solutionId, version }, endpointUrl, runCallerOf(caller, req));
  }
}
