import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { randomUUID } from 'node:crypto';
import { ApplicationCommandsService } from '../../application/application-commands.service';
import type { ApplicationStep } from '../../application/application-commands.service';
import { ApplicationQueriesService } from '../../application/application-queries.service';
import type { ApplicationView } from './application-view';
import { applicationViewOf } from './application-view';
import { applicationScopeOf, applyingCompanyOf, assertMayRead } from './company-access';
import { commandContextOf, parseRequest } from './parse-request';
import { applicationBody, applicationParams, completeBody, rejectBody, scheduleBody, withdrawBody } from './request-schemas';

type Params = { readonly params: unknown; readonly body: unknown };

/** Driving adapter: companies apply (rolling) and withdraw; site managers screen, decide, schedule and follow up. */
@ApiTags('applications')
@Controller('v1/applications')
export class ApplicationsController {
  constructor(
    private readonly commands: ApplicationCommandsService,
    private readonly queries: ApplicationQueriesService,
  ) {}

  @Post()
  @RequiresRole('applications:submit')
  @ApiOperation({ summary: 'Apply for a solution at chosen sites over a period, with its data needs' })
  async submit(@Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    const { applicationId, companyId, ...terms } = parseRequest(applicationBody, body, 'body');
    const full = { applicationId: applicationId ?? `app-${randomUUID()}`, companyId: applyingCompanyOf(caller, companyId), ...terms };
    return applicationViewOf(await this.commands.submit(full, commandContextOf(headers, caller)));
  }

  @Get()
  @RequiresRole('sites:read')
  @ApiOperation({ summary: "Applications: a company's own, or every one for a reviewer" })
  async list(@Caller() caller: Principal): Promise<ApplicationView[]> {
    return (await this.queries.list(applicationScopeOf(caller))).map(applicationViewOf);
  }

  @Get(':applicationId')
  @RequiresRole('sites:read')
  @ApiOperation({ summary: 'One application with its links: sites, solution, releases used, validation results' })
  @ApiParam({ name: 'applicationId' })
  async get(@Param() params: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    const row = await this.queries.get(parseRequest(applicationParams, params, 'params').applicationId);
    assertMayRead(caller, row);
    return applicationViewOf(row);
  }

  @Post(':applicationId/screen')
  @RequiresRole('applications:review')
  @ApiParam({ name: 'applicationId' })
  screen(@Param() params: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.step({ params, body: {} }, headers, caller, () => ({ type: 'StartScreening' }));
  }

  @Post(':applicationId/approve')
  @RequiresRole('applications:review')
  @ApiParam({ name: 'applicationId' })
  approve(@Param() params: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.step({ params, body: {} }, headers, caller, () => ({ type: 'ApproveApplication' }));
  }

  @Post(':applicationId/reject')
  @RequiresRole('applications:review')
  @ApiParam({ name: 'applicationId' })
  reject(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.step({ params, body }, headers, caller, (b) => ({ type: 'RejectApplication', ...parseRequest(rejectBody, b, 'body') }));
  }

  @Post(':applicationId/schedule')
  @RequiresRole('applications:review')
  @ApiOperation({ summary: 'Reserve every applied site (409 naming the conflicting reservations when a slot is taken)' })
  @ApiParam({ name: 'applicationId' })
  async schedule(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    const { applicationId } = parseRequest(applicationParams, params, 'params');
    const { period } = parseRequest(scheduleBody, body, 'body');
    return applicationViewOf(await this.commands.schedule(applicationId, period, commandContextOf(headers, caller)));
  }

  @Post(':applicationId/start')
  @RequiresRole('applications:review')
  @ApiParam({ name: 'applicationId' })
  start(@Param() params: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.step({ params, body: {} }, headers, caller, () => ({ type: 'StartDemonstration' }));
  }

  @Post(':applicationId/complete')
  @RequiresRole('applications:review')
  @ApiOperation({ summary: 'Complete a running demonstration, linking the releases it used and the validation results' })
  @ApiParam({ name: 'applicationId' })
  complete(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.step({ params, body }, headers, caller, (b) => ({ type: 'CompleteDemonstration', ...parseRequest(completeBody, b, 'body') }));
  }

  @Post(':applicationId/withdraw')
  @RequiresRole('applications:submit')
  @ApiOperation({ summary: 'Withdraw an application (its reservations are freed); a company withdraws only its own' })
  @ApiParam({ name: 'applicationId' })
  async withdraw(@Param() params: unknown, @Body() body: unknown, @Headers() headers: unknown, @Caller() caller: Principal): Promise<ApplicationView> {
    assertMayRead(caller, await this.queries.get(parseRequest(applicationParams, params, 'params').applicationId));
    return this.step({ params, body }, headers, caller, (b) => ({ type: 'WithdrawApplication', ...parseRequest(withdrawBody, b, 'body') }));
  }

  private async step(request: Params, headers: unknown, caller: Principal, stepOf: (body: unknown) => ApplicationStep): Promise<ApplicationView> {
    const { applicationId } = parseRequest(applicationParams, request.params, 'params');
    return applicationViewOf(await this.commands.step(applicationId, stepOf(request.body), commandContextOf(headers, caller)));
  }
}
