import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { HttpFailureLog } from './logging/http-failure-log';
import { EventLoopHealthIndicator } from './health/event-loop.indicator';
import { HealthChecks } from './health/health-checks';
import { HealthController } from './health/health.controller';
import { pinoHttpOptions } from './logging/pino-http-options';
import { createMetricsRegistry } from './metrics/create-metrics-registry';
import { MetricsController } from './metrics/metrics.controller';
import type { ObservabilityOptions } from './observability.options';
import { METRICS_REGISTRY } from './observability.tokens';
import { HttpTracingInterceptor } from './tracing/http-tracing.interceptor';
import { TracingShutdown } from './tracing/tracing-shutdown';

/**
 * JSON logs through pino, a Prometheus registry with `GET /metrics`, and `GET /health/live` and
 * `GET /health/ready` (`/health` = ready) fed by {@link HealthChecks}; liveness watches the event loop. HTTP handlers
 * run under a server span (a no-op unless the service started tracing), and buffered spans are exported on shutdown.
 */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    const pinoHttp = pinoHttpOptions(options);
    return {
      module: ObservabilityModule,
      // Global so every context module can register metrics and health indicators without importing it.
      global: true,
      imports: [
        LoggerModule.forRoot({ pinoHttp: options.logDestination ? [pinoHttp, options.logDestination] : pinoHttp }),
        TerminusModule.forRoot(),
      ],
      controllers: [MetricsController, HealthController],
      providers: [
        { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options) },
        { provide: HealthChecks, useFactory: () => healthChecksOf(options) },
        { provide: APP_INTERCEPTOR, useClass: HttpTracingInterceptor },
        TracingShutdown,
        // This app's own logger for its exception filter: one per app, never the process-wide Nest logger.
        { provide: HttpFailureLog, useFactory: () => new HttpFailureLog(options.logDestination ? pino(pinoHttp, options.logDestination) : pino(pinoHttp)) },
      ],
      exports: [METRICS_REGISTRY, HealthChecks, HttpFailureLog],
    };
  }
}

function healthChecksOf(options: ObservabilityOptions): HealthChecks {
  const checks = new HealthChecks();
  checks.registerLiveness('eventLoop', new EventLoopHealthIndicator(options.eventLoopMaxDelayMs ?? 5_000));
  return checks;
}
