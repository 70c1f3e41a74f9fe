import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROJECTION_RUNNER } from '@usm/event-sourcing';
import type { ProjectionRunner } from '@usm/event-sourcing';
import { RequiresRole } from '@usm/security';

/** Operators' handle on the read models: list them, and rebuild one by replaying its topics from the start. */
@ApiTags('read-models')
@Controller('v1/read-models')
export class ReadModelsController {
  constructor(@Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner) {}

  @Get()
  @RequiresRole('read-models:read')
  @ApiOperation({ summary: 'The read models this ledger keeps' })
  @ApiOkResponse({ schema: { type: 'object', properties: { readModels: { type: 'array', items: { type: 'string' } } } } })
  list(): { readModels: readonly string[] } {
    return { readModels: this.runner.projectionNames };
  }

  @Post(':name/rebuild')
  @RequiresRole('read-models:rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Drop a read model and its offsets and replay it from the topics; it catches up in the background' })
  @ApiAcceptedResponse({ schema: { type: 'object', properties: { readModel: { type: 'string' }, status: { type: 'string', enum: ['rebuilding'] } } } })
  @ApiNotFoundResponse({ description: 'No read model of that name' })
  async rebuild(@Param('name') name: string): Promise<{ readModel: string; status: 'rebuilding' }> {
    await this.runner.rebuild(name);
    return { readModel: name, status: 'rebuilding' };
  }
}
