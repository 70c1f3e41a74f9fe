import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ExpireDueConsentsService } from '../../application/expire-due-consents.service';
import { ConsentModuleOptions } from '../../consent.options';
import { CONSENT_OPTIONS } from '../../consent.tokens';

const defaultIntervalMs = 60_000;

/** Runs the expiry scheduler's pass on a fixed interval while the app is up (off with `expiryIntervalMs: false`). */
@Injectable()
export class ExpiryTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiryTimer.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly expireDue: ExpireDueConsentsService,
    @Inject(CONSENT_OPTIONS) private readonly options: ConsentModuleOptions,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.options.expiryIntervalMs ?? defaultIntervalMs;
    if (interval === false) return;
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.pass());
    }, interval);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<void> {
    try {
      const { expired, skipped } = await this.expireDue.runOnce();
      if (expired + skipped > 0) this.logger.log({ msg: 'consent expiry pass', expired, skipped });
    } catch (error) {
      this.logger.warn({ msg: 'consent expiry pass failed; retried next interval', code: (error as { code?: string }).code });
    }
  }
}
