import { Body, Controller, ForbiddenException, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgreementCommandsService } from '../../application/agreement-commands.service';
import { AgreementQueriesService } from '../../application/agreement-queries.service';
import type { CommandReceipt } from '../../application/command-receipt';
import type { AgreementRow } from '../../domain/agreement/agreements-current.projection';
import { answerReceipt } from './answer-receipt';
import { commandContextOf } from './command-context';
import { signingPartyOf } from './signing-party';
import { CommandEndpoint } from './command-responses.decorator';
import { parseRequest } from './parse-request';
import { activeQuery, agreementParams, draftBody, lifecycleBody, reasonBody, signBody } from './request-schemas';
import { agreementSchema, errorSchema } from './response-schemas';
import { AllowPartners, Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';

/** Driving adapter: city officers negotiate data-sharing agreements with partners. */
@ApiTags('agreements')
@Controller('v1/agreements')
export class AgreementsController {
  constructor(
    private readonly commands: AgreementCommandsService,
    private readonly queries: AgreementQueriesService,
  ) {}

  @Post()
  @RequiresRole('agreements:draft')
  @ApiOperation({ summary: 'Draft an agreement; the answer names its new id' })
  @CommandEndpoint(draftBody, false)
  draft(@Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { commandId, expectedVersion, ...data } = parseRequest(draftBody, body, 'body');
    return this.commands.draft(data, commandContextOf(headers, { commandId, expectedVersion }, caller)).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/propose')
  @RequiresRole('agreements:draft')
  @ApiOperation({ summary: 'Send the draft for signature, freezing its terms' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(lifecycleBody)
  propose(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion } = parseRequest(lifecycleBody, body, 'body');
    return this.commands.apply('ProposeAgreement', agreementId, {}, commandContextOf(headers, { commandId, expectedVersion }, caller)).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/sign')
  @RequiresRole('agreements:sign')
  @AllowPartners()
  @ApiOperation({ summary: "Record one party's signature" })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(signBody)
  async sign(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion } = parseRequest(signBody, body, 'body');
    const context = commandContextOf(headers, { commandId, expectedVersion }, caller);
    const party = await signingPartyOf(caller, () => this.queries.agreement(agreementId));
    return this.commands.apply('SignAgreement', agreementId, { party, signatoryId: caller.subject }, context).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/activate')
  @RequiresRole('agreements:activate')
  @ApiOperation({ summary: 'Activate a signed agreement, or resume a suspended one, within its validity' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(lifecycleBody)
  activate(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion } = parseRequest(lifecycleBody, body, 'body');
    return this.commands.apply('ActivateAgreement', agreementId, {}, commandContextOf(headers, { commandId, expectedVersion }, caller)).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/suspend')
  @RequiresRole('agreements:activate')
  @ApiOperation({ summary: 'Pause sharing under an active agreement' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(reasonBody)
  suspend(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(reasonBody, body, 'body');
    return this.commands.apply('SuspendAgreement', agreementId, data, commandContextOf(headers, { commandId, expectedVersion }, caller)).then((r) => answerReceipt(res, r));
  }

  @Post(':agreementId/terminate')
  @RequiresRole('agreements:activate')
  @ApiOperation({ summary: 'End an agreement for good' })
  @ApiParam({ name: 'agreementId' })
  @CommandEndpoint(reasonBody)
  terminate(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { agreementId } = parseRequest(agreementParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(reasonBody, body, 'body');
    return this.commands.apply('TerminateAgreement', agreementId, data, commandContextOf(headers, { commandId, expectedVersion }, caller)).then((r) => answerReceipt(res, r));
  }

  @Get('active')
  @RequiresRole('agreements:read')
  @AllowPartners()
  @ApiOperation({ summary: 'Agreements in force now (active and within validity), for one partner or all' })
  @ApiQuery({ name: 'partnerId', required: false })
  @ApiOkResponse({ schema: { type: 'array', items: agreementSchema } })
  active(@Query() query: unknown, @Caller() caller: Principal): Promise<readonly AgreementRow[]> {
    const { partnerId } = parseRequest(activeQuery, query, 'query');
    // A partner sees only its own agreements with this city.
    if (caller.partner && partnerId !== undefined && partnerId !== caller.city) return Promise.resolve([]);
    return this.queries.activeAgreements(caller.partner ? caller.city : partnerId);
  }

  @Get(':agreementId')
  @RequiresRole('agreements:read')
  @AllowPartners()
  @ApiOperation({ summary: 'One agreement as the read model has it' })
  @ApiParam({ name: 'agreementId' })
  @ApiOkResponse({ schema: agreementSchema })
  @ApiResponse({ status: 404, schema: errorSchema })
  async agreement(@Param() params: unknown, @Caller() caller: Principal): Promise<AgreementRow> {
    const row = await this.queries.agreement(parseRequest(agreementParams, params, 'params').agreementId);
    if (caller.partner && row.partnerId !== caller.city) throw new ForbiddenException();
    return row;
  }
}
