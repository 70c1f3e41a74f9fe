import { Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { shutdownTracing } from '@usm/tracing';

/** Exports the spans still buffered when the service stops (SIGTERM), so the last requests' traces are not lost. */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTracing();
  }
}
