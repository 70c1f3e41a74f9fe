import { Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { endServerSpan, inStep, startServerSpan } from '@usm/tracing';

/** Routes that are polled, not used: no span for them, so probes do not flood a trace backend. */
const untracedRoutes = new Set(['/metrics', '/health', '/health/live', '/health/ready']);

/**
 * Runs each HTTP handler under a server span (`POST /v1/events`), child of the caller's `traceparent`, so what the
 * handler produces to Kafka continues the caller's trace. The span is named by the route template and carries the
 * method, route and status only: never the URL, its query, the client's address or a header value.
 */
@Injectable()
export class HttpTracingInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'http') return next.handle();
    const http = execution.switchToHttp();
    const request = http.getRequest<Request>();
    const route = routeOf(request);
    if (route === undefined || untracedRoutes.has(route)) return next.handle();
    const step = startServerSpan({ method: request.method, route, headers: request.headers });
    http.getResponse<Response>().once('close', function (this: Response) {
      endServerSpan(step, this.statusCode);
    });
    // Subscribing inside the span's context makes the handler (and its awaits) run with the span active.
    return new Observable((subscriber) => inStep(step, () => next.handle().subscribe(subscriber)));
  }
}

/** Express's matched route template; undefined when no route matched. */
function routeOf(request: Request): string | undefined {
  const route: unknown = request.route;
  return typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string' ? route.path : undefined;
}
