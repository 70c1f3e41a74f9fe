import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgreementCommandsService } from '../../application/agreement-commands.service';
import { AgreementQueriesService } from '../../application/agreement-queries.service';
import type { CommandReceipt } from '../../application/command-receipt';
import type { AgreementRow } from '../../domain/agreement/agreements-current.projection';
import { answerReceipt } from './answer-receipt';
import { commandContextOf } from './command-context';
import { CommandEndpoint } from './command-responses.decorator';
import { parseRequest } from './parse-request';
import { activeQuery, agreementParams, draftBody, lifecycleBody, reasonBody, signBody } from './request-schemas';
import { agreementSchema, errorSchema } from './response-schemas';

/** Driving adapter: city officers negotiate data-sharing agreements with partners. */
@ApiTags('agreements')
@Controller('v1/agreements')
export class AgreementsController {
  constructor(
    private readonly commands: AgreementCommandsService,
    private readonly queries: AgreementQueriesService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Draft an agreement; the answer names its new id' })
  @CommandEndpoint(draftBody, false)
  draft(@Body() body: unknown, @Headers() headers: unknown, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { commandId, expectedVersion, ...data } = parseRequest(draftBody, body, 'body');
    return this.commands.draft(data, commandContextOf(headers, { commandId, expectedVersion })).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/propose')
  @ApiOperation({ summary: 'Send the draft for signature, freezing its terms' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(lifecycleBody)
  propose(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion } = parseRequest(lifecycleBody, body, 'body');
    return this.commands.apply('ProposeAgreement', agreementId, {}, commandContextOf(headers, { commandId, expectedVersion })).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/sign')
  @ApiOperation({ summary: "Record one party's signature" })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(signBody)
  sign(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(signBody, body, 'body');
    return this.commands.apply('SignAgreement', agreementId, data, commandContextOf(headers, { commandId, expectedVersion })).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/activate')
  @ApiOperation({ summary: 'Activate a signed agreement, or resume a suspended one, within its validity' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(lifecycleBody)
  activate(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion } = parseRequest(lifecycleBody, body, 'body');
    return this.commands.apply('ActivateAgreement', agreementId, {}, commandContextOf(headers, { commandId, expectedVersion })).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/suspend')
  @ApiOperation({ summary: 'Pause sharing under an active agreement' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(reasonBody)
  suspend(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(reasonBody, body, 'body');
    return this.commands.apply('SuspendAgreement', agreementId, data, commandContextOf(headers, { commandId, expectedVersion })).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/terminate')
  @ApiOperation({ summary: 'End an agreement for good' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(reasonBody)
  terminate(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(reasonBody, body, 'body');
    return this.commands.apply('TerminateAgreement', agreementId, data, commandContextOf(headers, { commandId, expectedVersion })).then((r) => answerReceipt(res, r));
  }

  @Get('active')
  @ApiOperation({ summary: 'Agreements in force now (active and within validity), for one partner or all' })
  @ApiQuery({ name: 'partnerId', required: false })
  @ApiOkResponse({ schema: { type: 'array', items: agreementSchema } })
  active(@Query() query: unknown): Promise<readonly AgreementRow[]> {
    const { partnerId } = parseRequest(activeQuery, query, 'query');
    return this.queries.activeAgreements(partnerId);
  }

  @Get(':agreementId')
  @ApiOperation({ summary: 'One agreement as the read model has it' })
  @ApiParam({ name: 'agreementId' })
  @ApiOkResponse({ schema: agreementSchema })
  @ApiResponse({ status: 404, schema: errorSchema })
  agreement(@Param() params: unknown): Promise<AgreementRow> {
    return this.queries.agreement(parseRequest(agreementParams, params, 'params').agreementId);
  }
}
