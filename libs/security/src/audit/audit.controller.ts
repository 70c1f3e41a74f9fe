import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequiresRole } from '../route-access.decorators';
import type { AuditLog, AuditRecord } from './audit-entry';
import { AUDIT_LOG } from './audit-entry';

const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), before: z.string().regex(/^\d{1,19}$/).optional() });

/** The data protection officer reads who did what, when, and how it ended. */
@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(@Inject(AUDIT_LOG) private readonly audit: AuditLog) {}

  @Get()
  @RequiresRole('audit:read')
  @ApiOperation({ summary: 'Audit entries, newest first (`limit`, `before` an entry id)' })
  read(@Query() query: unknown): Promise<readonly AuditRecord[]> {
    const parsed = auditQuery.safeParse(query);
    const { limit, before } = parsed.success ? parsed.data : { limit: 100, before: undefined };
    return this.audit.read({ limit, ...(before === undefined ? {} : { before }) });
  }
}
