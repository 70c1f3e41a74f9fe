import type { Provider, Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { AuthMode } from './auth-settings';
import { AUTHENTICATOR, authenticatorOf } from './authenticator';
import { AuditController } from './audit/audit.controller';
import { AuditInterceptor } from './audit/audit.interceptor';
import { RequestTextGuard } from './http-input/request-text.guard';
import { RouteAccessGuard } from './route-access.guard';
import type { KeysOf } from './token-verifier';

/**
 * What an app module adds to be secured: the authenticator, the global role guard and the control-character guard, and, for a service
 * with a database (`audited`, its context module binding AUDIT_LOG), the audit interceptor and `GET /v1/audit`.
 * Spread into the app module's own metadata so the guard and audit see the context modules' exports.
 */
export function securityOf(mode: AuthMode, options: { readonly audited: boolean; readonly keysOf?: KeysOf }): { controllers: Type[]; providers: Provider[] } {
  const providers: Provider[] = [
    { provide: AUTHENTICATOR, useValue: authenticatorOf(mode, options.keysOf) },
    // Before the role check, whose audit of a denial stores the path parameters (jsonb refuses NUL). The token
    // middleware has already turned away callers without a valid token.
    { provide: APP_GUARD, useClass: RequestTextGuard },
    { provide: APP_GUARD, useClass: RouteAccessGuard },
  ];
  if (!options.audited) return { controllers: [], providers };
  return { controllers: [AuditController], providers: [...providers, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }] };
}
