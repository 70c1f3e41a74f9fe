import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import { SitesModule } from '@usm/sites';
import type { SitesServiceConfig } from './config';

/** The sites service: the demonstration-site registry and rolling applications, with JSON logs, `/metrics` and `/health`. */
@Module({})
export class AppModule {
  static register(config: SitesServiceConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: true });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        AsyncApiModule,
        ObservabilityModule.forRoot({ serviceName: 'sites', city: config.city, logLevel: config.logLevel }),
        SitesModule.forRoot({
          database: {
            url: config.databaseUrl,
            ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
            poolSize: config.databasePoolSize,
            applicationName: `${config.city}-sites`,
          },
          importConcurrency: config.importConcurrency,
          reservationRetries: config.reservationRetries,
        }),
      ],
    };
  }
}
