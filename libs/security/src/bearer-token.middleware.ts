import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Authenticator } from './authenticator';
import { AUTHENTICATOR } from './authenticator';
import type { AuthenticatedRequest } from './principal';
import { isPublicPath } from './public-paths';

/** The answer to any request without a valid token: no hint of what exists. */
export function refuseUnauthenticated(response: Response): void {
  response.setHeader('WWW-Authenticate', 'Bearer');
  response.status(401).json({ statusCode: 401, message: 'Unauthorized' });
}

/** Paths under which a route authenticates the request itself (a signed URL), so no bearer token is asked for. */
export interface TokenlessPaths {
  /** E.g. `/v1/signed/`; every route there must be `@Public()` and check its own signature. */
  readonly selfAuthenticatedPrefixes?: readonly string[];
}

/** Express middleware: every non-public path, routed or not (unknown paths, `/docs`), needs a valid bearer token. */
export function bearerTokenMiddleware(authenticator: Authenticator, tokenless: TokenlessPaths = {}) {
  const prefixes = tokenless.selfAuthenticatedPrefixes ?? [];
  return (request: Request & AuthenticatedRequest, response: Response, next: NextFunction): void => {
    if (isPublicPath(request.path) || prefixes.some((prefix) => request.path.startsWith(prefix))) return next();
    authenticator.authenticate(request.headers.authorization).then(
      (principal) => {
        request.principal = principal;
        next();
      },
      () => refuseUnauthenticated(response),
    );
  };
}

/**
 * Puts the token check in front of everything the app serves. Call it right after `NestFactory.create`,
 * before any other `app.use` or Swagger setup, so no path is reached unauthenticated.
 */
export function protectEveryPath(app: INestApplication, tokenless: TokenlessPaths = {}): void {
  app.use(bearerTokenMiddleware(app.get<Authenticator>(AUTHENTICATOR), tokenless));
}
