import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@usm/errors';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { DatasetDefinitions } from '../../application/dataset-definitions.service';

/** Driving adapter: define a dataset and read a definition. */
@ApiTags('definitions')
@Controller('v1/definitions')
export class DefinitionsController {
  constructor(@Inject(DatasetDefinitions) private readonly definitions: DatasetDefinitions) {}

  @Post()
  @HttpCode(201)
  @RequiresRole('datasets:define')
  @ApiOperation({ summary: 'Define (or revise) a dataset: sources, filters, quasi-identifiers, k, l, splits, formats, usage terms' })
  define(@Body() body: unknown, @Caller() caller: Principal): Promise<{ definitionId: string; version: number }> {
    return this.definitions.define(body, caller.subject);
  }

  @Get(':definitionId')
  @RequiresRole('datasets:read')
  @ApiOperation({ summary: 'The latest version of a dataset definition' })
  async get(@Param('definitionId') definitionId: string): Promise<object> {
    const found = await this.definitions.get(definitionId);
    if (!found) throw new NotFoundError('DATASETS.DEFINITION_NOT_FOUND', `no dataset definition ${definitionId}`, { details: { field: 'definitionId' } });
    return { ...found.definition, version: found.version };
  }
}
