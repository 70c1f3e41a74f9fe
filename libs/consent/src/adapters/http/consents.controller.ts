import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandReceipt } from '../../application/command-receipt';
import { ConsentCommandsService } from '../../application/consent-commands.service';
import { ConsentQueriesService } from '../../application/consent-queries.service';
import type { ConsentView } from '../../domain/consent/consent-view';
import { answerReceipt } from './answer-receipt';
import { commandContextOf } from './command-context';
import { CommandEndpoint } from './command-responses.decorator';
import { parseRequest } from './parse-request';
import { asOfQuery, consentParams, grantBody, historyQuery, renewBody, revokeBody, subjectParams } from './request-schemas';
import { consentViewSchema, historySchema } from './response-schemas';
import { historyEntryOf } from './history-entry';
import type { HistoryEntry } from './history-entry';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';

/** Driving adapter: the consent desk records and reads consents per subject and purpose. */
@ApiTags('consents')
@ApiParam({ name: 'subjectId', description: 'Pseudonymous id of the data subject' })
@Controller('v1/consents/:subjectId')
export class ConsentsController {
  constructor(
    private readonly commands: ConsentCommandsService,
    private readonly queries: ConsentQueriesService,
  ) {}

  @Post(':purpose/grant')
  @RequiresRole('consent:write')
  @ApiOperation({ summary: 'Grant consent for a purpose; the same terms again change nothing (200)' })
  @ApiParam({ name: 'purpose' })
  @CommandEndpoint(grantBody, false)
  grant(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { subjectId, purpose } = parseRequest(consentParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(grantBody, body, 'body');
    const context = commandContextOf(headers, { commandId, expectedVersion }, caller);
    return this.commands.grant(subjectId, purpose, data, context).then((receipt) => answerReceipt(res, receipt));
  }

  @Post(':purpose/revoke')
  @RequiresRole('consent:write')
  @ApiOperation({ summary: 'Revoke a consent in force' })
  @ApiParam({ name: 'purpose' })
  @CommandEndpoint(revokeBody)
  revoke(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { subjectId, purpose } = parseRequest(consentParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(revokeBody, body, 'body');
    const context = commandContextOf(headers, { commandId, expectedVersion }, caller);
    return this.commands.revoke(subjectId, purpose, data, context).then((receipt) => answerReceipt(res, receipt));
  }

  @Post(':purpose/renew')
  @RequiresRole('consent:write')
  @ApiOperation({ summary: 'Renew a consent in force, moving its expiry (never earlier)' })
  @ApiParam({ name: 'purpose' })
  @CommandEndpoint(renewBody)
  renew(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal, @Res({ passthrough: true }) res: Response): Promise<CommandReceipt> {
    const { subjectId, purpose } = parseRequest(consentParams, params, 'params');
    const { commandId, expectedVersion, ...data } = parseRequest(renewBody, body, 'body');
    const context = commandContextOf(headers, { commandId, expectedVersion }, caller);
    return this.commands.renew(subjectId, purpose, data, context).then((receipt) => answerReceipt(res, receipt));
  }

  @Get('history')
  @RequiresRole('consent:read')
  @ApiOperation({ summary: "A subject's consent events, for one purpose or all" })
  @ApiQuery({ name: 'purpose', required: false })
  @ApiOkResponse({ schema: historySchema })
  async history(@Param() params: unknown, @Query() query: unknown): Promise<HistoryEntry[]> {
    const { subjectId } = parseRequest(subjectParams, params, 'params');
    const { purpose } = parseRequest(historyQuery, query, 'query');
    return (await this.queries.history(subjectId, purpose)).map(historyEntryOf);
  }

  @Get(':purpose')
  @RequiresRole('consent:read')
  @ApiOperation({ summary: "A subject's consent for a purpose now, or as it stood at `asOf`" })
  @ApiParam({ name: 'purpose' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO 8601 instant' })
  @ApiOkResponse({ schema: consentViewSchema })
  consent(@Param() params: unknown, @Query() query: unknown): Promise<ConsentView> {
    const { subjectId, purpose } = parseRequest(consentParams, params, 'params');
    const { asOf } = parseRequest(asOfQuery, query, 'query');
    return this.queries.consentFor(subjectId, purpose, asOf === undefined ? undefined : new Date(asOf));
  }
}
