import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { MeshError } from '@usm/errors';
import type { Response } from 'express';
import { Observable, tap } from 'rxjs';
import type { AuditLog } from './audit-entry';
import { AUDIT_LOG } from './audit-entry';
import type { AuditedRequest } from './audit-entry-of';
import { auditEntryOf, isPrivileged } from './audit-entry-of';

/** Status an error will be answered with, as far as the audit needs it (the edge filter decides the body). */
const statusOf = (error: unknown): number => (error instanceof HttpException ? error.getStatus() : error instanceof MeshError && !error.retriable ? 400 : 500);

/** Records every privileged call that passed the role check, with its outcome; denials are recorded by the guard. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(@Inject(AUDIT_LOG) private readonly audit: AuditLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    if (!isPrivileged(request)) return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    const record = (outcome: 'succeeded' | 'failed', status: number): void => {
      this.audit.append(auditEntryOf(request, outcome, status, new Date())).catch((error: unknown) => this.logger.error({ msg: 'audit entry not written', error: (error as Error).name }));
    };
    return next.handle().pipe(
      tap({
        next: () => record('succeeded', response.statusCode),
        error: (error: unknown) => record('failed', statusOf(error)),
      }),
    );
  }
}
