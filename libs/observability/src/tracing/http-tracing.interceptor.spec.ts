import { EventEmitter } from 'node:events';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import type { TracingRuntime } from '@usm/tracing';
import { startTracing } from '@usm/tracing';
import { firstValueFrom, of } from 'rxjs';
import { HttpTracingInterceptor } from './http-tracing.interceptor';

const exporter = new InMemorySpanExporter();
let tracing: TracingRuntime;

function httpCall(path: string, headers: Record<string, string> = {}) {
  const response = Object.assign(new EventEmitter(), { statusCode: 202 });
  const request = { method: 'POST', route: { path }, headers, originalUrl: `${path}?subject=kim-min-jun` };
  const execution = { getType: () => 'http', switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ExecutionContext;
  return { execution, response };
}

beforeAll(() => void (tracing = startTracing({ enabled: true, tracesUrl: 'http://127.0.0.1:9/v1/traces', serviceName: 'spec', sampler: 'parentbased_always_on', samplerRatio: 1, exportDelayMs: 60_000 }, { city: 'incheon' }, exporter)));
afterAll(() => tracing.shutdown());
beforeEach(() => exporter.reset());

describe('HttpTracingInterceptor', () => {
  it('runs the handler under a server span named by the route template, child of the caller\'s traceparent', async () => {
    const { execution, response } = httpCall('/v1/events', { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
    let activeInHandler: string | undefined;
    const handler: CallHandler = {
      handle: () => {
        activeInHandler = trace.getActiveSpan()?.spanContext().spanId;
        return of('accepted');
      },
    };
    expect(await firstValueFrom(new HttpTracingInterceptor().intercept(execution, handler))).toBe('accepted');
    response.emit('close');
    await tracing.flush();
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'POST /v1/events', parentSpanContext: { spanId: '00f067aa0ba902b7' }, attributes: { 'http.request.method': 'POST', 'http.route': '/v1/events', 'http.response.status_code': 202 } });
    expect(activeInHandler).toBe(span?.spanContext().spanId);
    expect(JSON.stringify(span?.attributes)).not.toContain('kim-min-jun');
  });

  it('leaves probes and metrics untraced', async () => {
    const { execution, response } = httpCall('/health/ready');
    await firstValueFrom(new HttpTracingInterceptor().intercept(execution, { handle: () => of('ok') }));
    response.emit('close');
    await tracing.flush();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
