import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ObservabilityModule } from '@usm/observability';
import type { AuthMode } from '@usm/security';
import { securityOf } from '@usm/security';
import { MeshMonitor } from './application/mesh-monitor.service';
import type { ConsoleConfig } from './config/console-config.schema';
import { CONSOLE_CONFIG } from './console.tokens';
import { MeshController } from './http/mesh.controller';
import { TokenRelayController } from './http/token-relay.controller';
import { WebSettingsController } from './http/web-settings.controller';

/** The realm of the sign-in issuer (`…/realms/<city>`) is the console's home city. */
export function authModeOfConsole(config: ConsoleConfig & { insecure: boolean }): AuthMode {
  const signIn = config.signIn;
  const home = signIn?.issuer.split('/realms/')[1]?.split('/')[0] ?? config.cities[0]?.city ?? 'mesh';
  if (signIn === undefined) return { kind: 'insecure', city: home };
  return { kind: 'verify', settings: { city: home, issuer: signIn.issuer, audience: signIn.audience, partnerIssuers: {} } };
}

/** The console backend: the mesh monitor, its API under /api, the web app's settings; JSON logs, /metrics, /health. */
@Module({})
export class ConsoleModule {
  static register(config: ConsoleConfig & { insecure: boolean }): DynamicModule {
    const security = securityOf(authModeOfConsole(config), { audited: false });
    return {
      module: ConsoleModule,
      imports: [ObservabilityModule.forRoot({ serviceName: 'console', city: 'mesh', logLevel: config.logLevel })],
      controllers: [MeshController, WebSettingsController, TokenRelayController, ...security.controllers],
      providers: [{ provide: CONSOLE_CONFIG, useValue: config }, MeshMonitor, ...security.providers],
    };
  }
}
