import { ForbiddenException, Inject, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuditLog } from './audit/audit-entry';
import { AUDIT_LOG } from './audit/audit-entry';
import type { AuditedRequest } from './audit/audit-entry-of';
import { auditEntryOf } from './audit/audit-entry-of';
import type { Authenticator } from './authenticator';
import { AUTHENTICATOR } from './authenticator';
import { partnerPermissions, permissions } from './permissions';
import type { Permission } from './permissions';
import type { AuthenticatedRequest } from './principal';
import { ANY_CITY_ROLE, PARTNERS_ALLOWED, PUBLIC_ROUTE, REQUIRED_ROLES } from './route-access.decorators';

/**
 * Global guard: public routes pass; every other route needs a principal holding all its declared roles.
 * A route that declares nothing is refused (fail closed); a partner's token counts only where partners are allowed.
 */
@Injectable()
export class RouteAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Optional() @Inject(AUDIT_LOG) private readonly audit?: AuditLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: { authorization?: string } }>();
    // The middleware normally authenticated already; the guard checks again where an app was built without it.
    request.principal ??= await this.authenticator.authenticate(request.headers.authorization).catch(() => {
      throw new UnauthorizedException();
    });
    if (this.permits(context, request)) return true;
    await this.audit?.append(auditEntryOf(request as AuditedRequest & typeof request, 'denied', 403, new Date()));
    throw new ForbiddenException();
  }

  private permits(context: ExecutionContext, request: AuthenticatedRequest): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const principal = request.principal;
    if (principal && !principal.partner && this.reflector.getAllAndOverride<boolean>(ANY_CITY_ROLE, targets)) {
      return principal.roles.some((role) => (permissions as readonly string[]).includes(role));
    }
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_ROLES, targets);
    if (!principal || !required || required.length === 0) return false;
    if (principal.partner) {
      const partnersAllowed = this.reflector.getAllAndOverride<boolean>(PARTNERS_ALLOWED, targets) ?? false;
      if (!partnersAllowed || !required.every((role) => partnerPermissions.includes(role))) return false;
    }
    return required.every((role) => principal.roles.includes(role));
  }
}
