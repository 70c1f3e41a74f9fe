import { Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { ValidationError } from '@usm/errors';
import { controlCharacterViolations, nulCharacterViolations } from './request-text-violations';

/** The code of a request refused for control characters in its path, query or body. */
export const controlCharactersCode = 'HTTP.CONTROL_CHARACTERS';

interface RoutedRequest {
  readonly params?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/**
 * Global guard (after routing, so path parameters have their names): a request whose path parameters or query
 * values hold control characters, or whose JSON body holds NUL, is a 400 naming each field, before any handler
 * can pass the text to Postgres (which refuses NUL and would surface it as a 500 or a store outage).
 */
@Injectable()
export class RequestTextGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const violations = [...controlCharacterViolations(request.params, request.query), ...nulCharacterViolations(request.body)];
    if (violations.length > 0) throw new ValidationError(controlCharactersCode, violations);
    return true;
  }
}
