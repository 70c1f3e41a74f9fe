import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '@usm/security';
import type { ConsoleConfig } from '../config/console-config.schema';
import { CONSOLE_CONFIG } from '../console.tokens';

/** What the web app needs before sign-in: the realm to sign in with and the console's public client. No secrets. */
@Controller()
export class WebSettingsController {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  @Get('console-settings.json')
  @Public()
  settings(): { signIn: { issuer: string; clientId: string } | null; cities: string[] } {
    const signIn = this.config.signIn;
    return { signIn: signIn ? { issuer: signIn.issuer, clientId: signIn.clientId } : null, cities: this.config.cities.map((c) => c.city) };
  }
}
