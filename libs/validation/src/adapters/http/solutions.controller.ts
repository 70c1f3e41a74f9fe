import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { companyIdOf, Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { randomUUID } from 'node:crypto';
import type { BenchmarkView } from '../../domain/benchmark/benchmark.state';
import type { LeaderboardReadModel } from '../../application/leaderboard.read-model';
import type { ValidationRegistry } from '../../application/registry.service';
import { AccessForbiddenError } from '../../application/validation.errors';
import { solutionNotFound, SolutionErrorCode } from '../../domain/solution/solution.errors';
import type { SolutionState } from '../../domain/solution/solution.state';
import { LEADERBOARD, REGISTRY } from '../../validation-service.tokens';
import { actorOf } from './caller-of';
import { parseRequest, solutionRequest, versionRequest } from './requests';

const viewOf = (state: SolutionState) => (state.status === 'registered' ? { ...state.profile, versions: state.versions } : null);

/** The solution registry: companies register their solutions and versions; anyone with validation:read reads them. */
@ApiTags('solutions')
@Controller('v1/solutions')
export class SolutionsController {
  constructor(
    @Inject(REGISTRY) private readonly registry: ValidationRegistry,
    @Inject(LEADERBOARD) private readonly leaderboard: LeaderboardReadModel,
  ) {}

  @Post()
  @HttpCode(201)
  @RequiresRole('solutions:register')
  @ApiOperation({ summary: 'Register a solution (company, name, task) and optionally its first version (model card, artifact SHA-256)' })
  async register(@Body() body: unknown, @Caller() caller: Principal): Promise<object | null> {
    const request = parseRequest(solutionRequest, body, 'body');
    const companyId = companyIdOf(caller);
    if (companyId === null) throw new AccessForbiddenError('only a company registers solutions');
    const { version, ...profile } = request;
    return viewOf(await this.registry.registerSolution({ ...profile, companyId }, version, { commandId: randomUUID(), actor: actorOf(caller), now: new Date() }));
  }

  @Post(':solutionId/versions')
  @HttpCode(201)
  @RequiresRole('solutions:register')
  @ApiOperation({ summary: 'Publish a new version of an own solution' })
  async publish(@Param('solutionId') solutionId: string, @Body() body: unknown, @Caller() caller: Principal): Promise<object | null> {
    const version = parseRequest(versionRequest, body, 'body');
    const state = await this.registry.solutionState(solutionId);
    if (state.status === 'registered' && state.profile.companyId !== companyIdOf(caller)) throw new AccessForbiddenError(`solution ${solutionId} belongs to another company`);
    return viewOf(await this.registry.publishVersion(solutionId, version, { commandId: randomUUID(), actor: actorOf(caller), now: new Date() }));
  }

  @Get(':solutionId')
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'A solution with its versions' })
  async get(@Param('solutionId') solutionId: string): Promise<object> {
    const view = viewOf(await this.registry.solutionState(solutionId));
    if (!view) throw solutionNotFound(SolutionErrorCode.NotFound, `no solution ${solutionId}`);
    return view;
  }

  /** The labels service calls this to accept model labels from a registered solution version: keep the route. */
  @Get(':solutionId/versions/:version')
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'One version of a solution: company, task, model card, artifact SHA-256, withdrawn' })
  async version(@Param('solutionId') solutionId: string, @Param('version') version: string): Promise<object> {
    const state = await this.registry.solutionState(solutionId);
    const found = state.status === 'registered' ? state.versions.find((v) => v.version === version) : undefined;
    if (state.status !== 'registered' || !found) throw solutionNotFound(SolutionErrorCode.VersionNotFound, `solution ${solutionId} has no version ${version}`);
    return { solutionId, companyId: state.profile.companyId, name: state.profile.name, task: state.profile.task, ...found };
  }

  @Get(':solutionId/evidence')
  @RequiresRole('validation:read')
  @ApiOperation({ summary: 'Evidence page: every result of the solution (local and replicated), its leaderboard rows and pass status' })
  async evidence(@Param('solutionId') solutionId: string): Promise<object> {
    const benchmarks: BenchmarkView[] = await this.registry.benchmarks();
    const results = (await this.leaderboard.results()).filter((r) => r.solution.solutionId === solutionId).sort((a, b) => a.completedAt - b.completedAt);
    const rows = (await this.leaderboard.board(benchmarks)).filter((r) => r.solutionId === solutionId);
    return { solutionId, results, leaderboard: rows };
  }
}
