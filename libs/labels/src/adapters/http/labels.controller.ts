import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '@usm/security';
import { ModelLabelsService } from '../../application/model-labels.service';
import type { LabelStore, StoredLabel } from '../../application/ports';
import { LABEL_STORE } from '../../labels.tokens';
import { modelLabelsRequest, parseRequest } from './parse-request';

/** Driving adapter: a registered solution's model labels, and every label made here on an event. */
@ApiTags('labels')
@Controller('v1')
export class LabelsController {
  constructor(
    @Inject(ModelLabelsService) private readonly models: ModelLabelsService,
    @Inject(LABEL_STORE) private readonly labels: LabelStore,
  ) {}

  @Post('model-labels')
  @HttpCode(201)
  @RequiresRole('labels:submit-model')
  @ApiOperation({ summary: "A registered solution's labels (solution id, version, confidence per label) on events of this city's anonymised stream" })
  async submit(@Body() body: unknown, @Headers('authorization') authorization: string | undefined): Promise<{ labels: StoredLabel[] }> {
    const request = parseRequest(modelLabelsRequest, body, 'body');
    return { labels: await this.models.submit(request, (authorization ?? '').replace(/^Bearer\s+/i, '')) };
  }

  @Get('events/:eventId/labels')
  @RequiresRole('labels:read')
  @ApiOperation({ summary: 'Labels made here on an anonymised event, each with its provenance (rule, human, model)' })
  ofEvent(@Param('eventId') eventId: string): Promise<StoredLabel[]> {
    return this.labels.ofEvent(eventId);
  }
}
