import { Injectable, SetMetadata } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ValidationError } from '@usm/errors';
import { controlCharacterViolations, nulCharacterViolations } from './request-text-violations';

/** The code of a request refused for control characters in its path, query or body. */
export const controlCharactersCode = 'HTTP.CONTROL_CHARACTERS';

const OWN_BODY_TEXT_RULES = 'usm:own-body-text-rules';

/**
 * On a handler (or controller) whose own validation already refuses control characters in its body and names them
 * in its contract's terms (ingest's events): the guard then leaves the body to it, and still checks path and query.
 */
export const ChecksOwnBodyText = (): MethodDecorator & ClassDecorator => SetMetadata(OWN_BODY_TEXT_RULES, true);

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
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const ownBodyRules = this.reflector.getAllAndOverride<boolean>(OWN_BODY_TEXT_RULES, [context.getHandler(), context.getClass()]);
    const violations = [...controlCharacterViolations(request.params, request.query), ...(ownBodyRules ? [] : nulCharacterViolations(request.body))];
    if (violations.length > 0) throw new ValidationError(controlCharactersCode, violations);
    return true;
  }
}
