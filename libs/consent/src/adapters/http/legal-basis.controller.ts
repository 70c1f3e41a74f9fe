import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsentLegalBasisGate } from '../../application/consent-legal-basis.gate';
import { parseRequest } from './parse-request';
import { gateQuery } from './request-schemas';
import { RequiresRole } from '@usm/security';

/** Driving adapter: asks the legal-basis gate whether processing is allowed. */
@ApiTags('legal-basis')
@Controller('v1/legal-basis')
export class LegalBasisController {
  constructor(private readonly gate: ConsentLegalBasisGate) {}

  @Get('allows')
  @RequiresRole('legal-basis:read')
  @ApiOperation({ summary: 'May data be processed for a purpose under a legal basis at an instant (and for a subject)?' })
  @ApiOkResponse({ schema: { type: 'object', properties: { allowed: { type: 'boolean' } } } })
  async allows(@Query() query: unknown): Promise<{ allowed: boolean }> {
    const { subjectId, legalBasis, purpose, at, sourceKind, category } = parseRequest(gateQuery, query, 'query');
    const context = { subjectId: subjectId ?? null, at: new Date(at), ...(sourceKind && { sourceKind }), ...(category && { category }) };
    return { allowed: await this.gate.allows(legalBasis, purpose, context) };
  }
}
