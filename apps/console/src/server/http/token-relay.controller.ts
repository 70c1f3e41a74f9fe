import { BadRequestException, Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { Public } from '@usm/security';
import type { Response } from 'express';
import type { ConsoleConfig } from '../config/console-config.schema';
import { CONSOLE_CONFIG } from '../console.tokens';
import { tokenRequestOf } from './token-request';

/**
 * `POST /auth/token`: relays the web app's code exchange (with its PKCE verifier) and refreshes to the realm's
 * token endpoint from the console's own origin, so the realm need not allow cross-origin calls from any loopback port.
 */
@Controller('auth')
export class TokenRelayController {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  async token(@Body() body: unknown, @Res() res: Response): Promise<void> {
    const signIn = this.config.signIn;
    const form = signIn === undefined ? null : tokenRequestOf(body, signIn.clientId);
    if (signIn === undefined || form === null) throw new BadRequestException('not a token request of the console client');
    const answer = await fetch(`${signIn.issuer}/protocol/openid-connect/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form, signal: AbortSignal.timeout(this.config.requestTimeoutMs),
    });
    res.status(answer.status).type('application/json').send(await answer.text());
  }
}
