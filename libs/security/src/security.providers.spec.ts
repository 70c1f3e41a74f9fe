import type { ClassProvider, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RequestTextGuard } from './http-input/request-text.guard';
import { RouteAccessGuard } from './route-access.guard';
import { securityOf } from './security.providers';

const guardsOf = (providers: Provider[]) => providers.filter((p): p is ClassProvider => typeof p === 'object' && 'provide' in p && p.provide === APP_GUARD).map((p) => p.useClass);

describe('securityOf', () => {
  it('refuses control characters before the role check, whose audited denials store the path parameters', () => {
    for (const audited of [true, false]) {
      expect(guardsOf(securityOf({ kind: 'insecure', city: 'incheon' }, { audited }).providers)).toEqual([RequestTextGuard, RouteAccessGuard]);
    }
  });
});
